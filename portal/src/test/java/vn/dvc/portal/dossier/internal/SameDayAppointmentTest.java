package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingHours;

/** A same-day procedure is due when the working day it starts counting on closes (docs/dossier.md, Appointment). */
class SameDayAppointmentTest {

    private final WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());

    @Test
    void receivedDuringTheDayItIsDueAtThatDaysClose() {
        // Wednesday 2 December 2026, 09:15 → 17:00 the same day
        assertThat(close("2026-12-02T02:15:00Z")).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
    }

    @Test
    void receivedBeforeOpeningOrAtLunchItIsStillDueThatDay() {
        assertThat(close("2026-12-01T23:26:00Z")).isEqualTo(Instant.parse("2026-12-02T10:00:00Z")); // 06:26
        assertThat(close("2026-12-02T05:00:00Z")).isEqualTo(Instant.parse("2026-12-02T10:00:00Z")); // 12:00
    }

    @Test
    void receivedAfterCloseOnAFridayItIsDueAtMondaysClose() {
        // Friday 4 December 2026, 17:30 → Monday 7 December, 17:00
        assertThat(close("2026-12-04T10:30:00Z")).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    }

    private Instant close(String received) {
        Instant start = calendar.nextWorkingInstant(Instant.parse(received)).toInstant();
        return Receipt.closeOfDay(calendar, start);
    }
}
