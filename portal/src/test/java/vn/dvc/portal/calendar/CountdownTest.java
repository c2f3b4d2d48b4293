package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dvc.portal.platform.RefusedInput;

/** Pause and resume (tạm dừng, tiếp tục), around Giỗ Tổ and 30/4–1/5 of 2026. */
class CountdownTest {

    private final WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private Countdown started() {
        // Thursday 23/4/2026 07:30 + 3 working days: Thu, Fri, (Sun 26/4 Giỗ Tổ, Mon 27/4 nghỉ bù), Tue 28/4.
        Instant start = at("2026-04-23T07:30+07:00");
        OffsetDateTime due = calendar.due(start, Allowance.workingDays(3));
        assertThat(due).isEqualTo(OffsetDateTime.parse("2026-04-28T17:00+07:00"));
        return Countdown.start(start, due);
    }

    @Test
    void aPauseOverTheHolidayMovesTheDueInstantOnlyByThePausedWorkingTime() {
        Countdown paused = started().pause(at("2026-04-24T16:00+07:00"));
        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.remaining(at("2026-04-27T10:00+07:00"), calendar)).isEqualTo(Duration.ofHours(9));

        // Friday 16:00–17:00 and Tuesday 07:30–08:30 are working time; the weekend, Giỗ Tổ and its
        // compensatory Monday are not.
        Countdown resumed = paused.resume(at("2026-04-28T08:30+07:00"), calendar);
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.pausedWorkingTime()).isEqualTo(Duration.ofHours(2));
        assertThat(resumed.due()).isEqualTo(OffsetDateTime.parse("2026-04-29T09:30+07:00"));
        assertThat(resumed.remaining(at("2026-04-28T08:30+07:00"), calendar)).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void aPauseEntirelyInsideDaysOffMovesNothing() {
        Countdown countdown = started()
                .pause(at("2026-04-25T09:00+07:00"))
                .resume(at("2026-04-27T16:00+07:00"), calendar);
        assertThat(countdown.due()).isEqualTo(OffsetDateTime.parse("2026-04-28T17:00+07:00"));
        assertThat(countdown.pausedWorkingTime()).isZero();
    }

    @Test
    void pausesAddUp() {
        Countdown countdown = started()
                .pause(at("2026-04-23T10:00+07:00")).resume(at("2026-04-23T11:00+07:00"), calendar)
                // over 30/4 and 1/5: Wednesday 29/4 15:00–17:00 and Monday 4/5 07:30–09:00
                .pause(at("2026-04-29T15:00+07:00"));
        assertThat(countdown.due()).isEqualTo(OffsetDateTime.parse("2026-04-29T08:30+07:00"));
        countdown = countdown.resume(at("2026-05-04T09:00+07:00"), calendar);
        assertThat(countdown.pausedWorkingTime()).isEqualTo(Duration.ofMinutes(60 + 210));
        // The pause began after the due instant (already late): the due still moves by 3.5 working hours.
        assertThat(countdown.due()).isEqualTo(OffsetDateTime.parse("2026-04-29T13:30+07:00"));
    }

    @Test
    void pauseAndResumeAreChecked() {
        Countdown countdown = started();
        assertThatThrownBy(() -> countdown.resume(at("2026-04-24T08:00+07:00"), calendar))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> countdown.pause(at("2026-04-22T08:00+07:00")))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("at");
        Countdown paused = countdown.pause(at("2026-04-24T08:00+07:00"));
        assertThatThrownBy(() -> paused.pause(at("2026-04-24T09:00+07:00")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> paused.resume(at("2026-04-24T07:00+07:00"), calendar))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("at");
    }
}
