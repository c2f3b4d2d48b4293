package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.portal.platform.RefusedInput;

/** Early / on time / late, remaining working time and "due soon". */
class TimelinessTest {

    private final WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @ParameterizedTest(name = "finished {0}, due {1}: {2}")
    @CsvSource(textBlock = """
            # finished,                           due,                     timeliness
            2025-03-04T10:15+07:00,               2025-03-04T10:15+07:00,  ON_TIME
            2025-03-04T10:15:00.000000001+07:00,  2025-03-04T10:15+07:00,  LATE
            2025-03-04T00:00+07:00,               2025-03-04T10:15+07:00,  ON_TIME
            2025-03-03T23:59:59.999+07:00,        2025-03-04T10:15+07:00,  EARLY
            # the date is taken in Hanoi: 17:00Z on 3/3 is already 4/3 in Vietnam
            2025-03-03T17:00:00Z,                 2025-03-04T10:15+07:00,  ON_TIME
            2025-03-03T16:59:59Z,                 2025-03-04T10:15+07:00,  EARLY
            # a due at close of business
            2025-03-10T16:59+07:00,               2025-03-10T17:00+07:00,  ON_TIME
            2025-03-10T17:00:01+07:00,            2025-03-10T17:00+07:00,  LATE
            2025-03-07T16:00+07:00,               2025-03-10T17:00+07:00,  EARLY
            # the same evening, after the due instant
            2025-03-10T19:00+07:00,               2025-03-10T17:00+07:00,  LATE
            """)
    void classify(OffsetDateTime finished, OffsetDateTime due, Timeliness expected) {
        assertThat(calendar.classify(finished.toInstant(), due.toInstant())).isEqualTo(expected);
        assertThat(Timeliness.of(finished.toInstant(), due.toInstant())).isEqualTo(expected);
        assertThat(Standing.finished(finished.toInstant(), due.toInstant()).timeliness()).isEqualTo(expected);
    }

    @Test
    void remainingWorkingTimeIsNegativeOnceOverdue() {
        Instant due = at("2025-03-04T10:15+07:00");
        assertThat(calendar.remaining(at("2025-03-03T10:15+07:00"), due)).isEqualTo(Duration.ofHours(8));
        assertThat(calendar.remaining(at("2025-03-04T11:15+07:00"), due)).isEqualTo(Duration.ofHours(-1));
        // over the weekend: Friday 10:00–11:30, 13:00–17:00 and Monday 07:30–09:00
        assertThat(calendar.remaining(at("2025-03-07T10:00+07:00"), at("2025-03-10T09:00+07:00")))
                .isEqualTo(Duration.ofHours(7));
    }

    @ParameterizedTest(name = "now {0}, due {1}, threshold {2}: {3}")
    @CsvSource(textBlock = """
            2025-03-03T10:15+07:00, 2025-03-04T10:15+07:00, PT8H, true
            2025-03-03T10:14+07:00, 2025-03-04T10:15+07:00, PT8H, false
            2025-03-04T10:15+07:00, 2025-03-04T10:15+07:00, PT8H, true
            2025-03-04T10:16+07:00, 2025-03-04T10:15+07:00, PT8H, false
            2025-03-03T16:00+07:00, 2025-03-04T10:15+07:00, PT4H, true
            2025-03-03T15:00+07:00, 2025-03-04T10:15+07:00, PT4H, false
            2025-03-07T10:00+07:00, 2025-03-10T09:00+07:00, PT8H, true
            2025-03-06T16:00+07:00, 2025-03-10T09:00+07:00, PT8H, false
            """)
    void dueSoon(OffsetDateTime now, OffsetDateTime due, Duration threshold, boolean expected) {
        assertThat(calendar.isDueSoon(now.toInstant(), due.toInstant(), threshold)).isEqualTo(expected);
        if (threshold.equals(WorkingCalendar.WORKING_DAY)) {
            assertThat(calendar.isDueSoon(now.toInstant(), due.toInstant())).isEqualTo(expected);
        }
    }

    @Test
    void negativeThresholdIsRejected() {
        assertThatThrownBy(() -> calendar.isDueSoon(Instant.parse("2025-03-03T03:00:00Z"),
                Instant.parse("2025-03-04T03:00:00Z"), Duration.ofHours(-1)))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("threshold");
    }
}
