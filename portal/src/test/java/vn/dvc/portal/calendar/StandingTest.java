package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one deadline standing: an open item on time, due soon (by the working calendar and the caller's threshold)
 * or overdue; a finished one early, on time or late (the rule of {@link Timeliness#of}); whether it is within
 * its deadline.
 */
class StandingTest {

    private final WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void anOpenItemIsOnTimeDueSoonOrOverdue() {
        Instant due = at("2025-03-10T09:00+07:00");
        // Friday 10:00 leaves 7 working hours (Friday 10:00–11:30, 13:00–17:00, Monday 07:30–09:00)
        assertThat(Standing.open(at("2025-03-07T10:00+07:00"), due, calendar, WorkingCalendar.WORKING_DAY))
                .isEqualTo(Standing.DUE_SOON);
        assertThat(Standing.open(at("2025-03-07T10:00+07:00"), due, calendar, Duration.ofHours(2)))
                .isEqualTo(Standing.ON_TIME);
        assertThat(Standing.open(at("2025-03-06T16:00+07:00"), due, calendar, WorkingCalendar.WORKING_DAY))
                .isEqualTo(Standing.ON_TIME);
        assertThat(Standing.open(due, due, calendar, WorkingCalendar.WORKING_DAY)).isEqualTo(Standing.DUE_SOON);
        assertThat(Standing.open(due.plusSeconds(1), due, calendar, WorkingCalendar.WORKING_DAY))
                .isEqualTo(Standing.OVERDUE);
        // without a warning (the public look-up): on time until the due instant, even at night before it
        assertThat(Standing.open(at("2025-03-09T22:00+07:00"), due)).isEqualTo(Standing.ON_TIME);
        assertThat(Standing.open(due, due)).isEqualTo(Standing.ON_TIME);
        assertThat(Standing.open(due.plusSeconds(1), due)).isEqualTo(Standing.OVERDUE);
    }

    @Test
    void aFinishedItemIsEarlyOnTimeOrLate() {
        Instant due = at("2025-03-04T10:15+07:00");
        assertThat(Standing.finished(at("2025-03-03T23:59+07:00"), due)).isEqualTo(Standing.DONE_EARLY);
        assertThat(Standing.finished(at("2025-03-04T00:00+07:00"), due)).isEqualTo(Standing.DONE_ON_TIME);
        assertThat(Standing.finished(at("2025-03-04T10:16+07:00"), due)).isEqualTo(Standing.DONE_LATE);
    }

    @Test
    void withinItsDeadlineOrNotOrNotApplicable() {
        assertThat(Standing.values()).filteredOn(s -> Boolean.TRUE.equals(s.withinDeadline()))
                .containsExactly(Standing.ON_TIME, Standing.DUE_SOON, Standing.DONE_EARLY, Standing.DONE_ON_TIME);
        assertThat(Standing.values()).filteredOn(s -> Boolean.FALSE.equals(s.withinDeadline()))
                .containsExactly(Standing.OVERDUE, Standing.DONE_LATE)
                .allMatch(Standing::isLate);
        assertThat(Standing.PAUSED.withinDeadline()).isNull();
        assertThat(Standing.NOT_APPLICABLE.withinDeadline()).isNull();
        assertThat(Standing.values()).filteredOn(s -> s.timeliness() != null)
                .containsExactly(Standing.DONE_EARLY, Standing.DONE_ON_TIME, Standing.DONE_LATE);
    }
}
