package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.portal.platform.RefusedInput;

/** Bad input is rejected with an exception that names the argument, for a 400 problem response. */
class ArgumentGuardTest {

    private final WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());
    private final Instant monday = OffsetDateTime.parse("2025-03-03T10:00+07:00").toInstant();

    private static void assertRejected(ThrowingCallable call, String argument) {
        assertThatThrownBy(call).isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo(argument);
    }

    @ParameterizedTest(name = "{0} {1} is rejected")
    @CsvSource({"-1, WORKING_HOURS", "-1, WORKING_DAYS", "-1, CALENDAR_DAYS",
            "8001, WORKING_HOURS", "1001, WORKING_DAYS", "3651, CALENDAR_DAYS"})
    void negativeAndAbsurdAmounts(int amount, DurationUnit unit) {
        assertRejected(() -> new Allowance(amount, unit), "amount");
    }

    @ParameterizedTest(name = "{0} {1} is accepted")
    @CsvSource({"8000, WORKING_HOURS, 2029-03-02T10:00+07:00", "1000, WORKING_DAYS, 2029-03-02T10:00+07:00",
            "3650, CALENDAR_DAYS, 2035-03-01T17:00+07:00"})
    void theLimitsThemselvesAreAccepted(int amount, DurationUnit unit, OffsetDateTime expected) {
        assertThat(calendar.due(monday, new Allowance(amount, unit))).isEqualTo(expected);
    }

    @Test
    void missingArguments() {
        assertRejected(() -> new Allowance(1, null), "unit");
        assertRejected(() -> calendar.due(null, Allowance.workingDays(1)), "start");
        assertRejected(() -> calendar.due(monday, null), "allowance");
        assertRejected(() -> calendar.due(monday, Allowance.workingDays(1), null), "cutoff");
        assertRejected(() -> calendar.workingTimeBetween(monday, null), "to");
    }

    @Test
    void instantsOutsideTheSupportedYears() {
        assertRejected(() -> calendar.due(Instant.parse("1899-12-31T10:00:00Z"), Allowance.workingDays(1)), "start");
        assertRejected(() -> calendar.due(Instant.parse("2101-01-01T10:00:00Z"), Allowance.workingDays(1)), "start");
        assertRejected(() -> calendar.workingTimeBetween(monday, Instant.parse("2101-01-02T00:00:00Z")), "to");
        assertRejected(() -> calendar.isWorkingDay(java.time.LocalDate.of(1899, 12, 31)), "date");
    }

    @Test
    void aResultBeyond2100IsBlamedOnTheAmount() {
        Instant lateIn2100 = Instant.parse("2100-12-20T03:00:00Z");
        assertRejected(() -> calendar.due(lateIn2100, Allowance.workingDays(30)), "amount");
        assertRejected(() -> calendar.due(lateIn2100, Allowance.calendarDays(30)), "amount");
        assertRejected(() -> calendar.due(Instant.parse("2100-12-31T11:00:00Z"), Allowance.workingDays(0)), "start");
        assertThat(calendar.due(lateIn2100, Allowance.workingDays(1)))
                .isEqualTo(OffsetDateTime.parse("2100-12-21T10:00+07:00"));
    }

    @Test
    void workingTimeToAddIsBounded() {
        assertRejected(() -> calendar.plusWorkingTime(monday, Duration.ofMinutes(-1)), "workingTime");
        assertRejected(() -> calendar.plusWorkingTime(monday, Duration.ofHours(8001)), "workingTime");
        assertThat(calendar.plusWorkingTime(monday, Duration.ZERO).toInstant()).isEqualTo(monday);
    }

    @Test
    void cutOffIsOptionalDataOnTheProcedure() {
        assertThat(calendar.due(monday, Allowance.workingDays(1), LocalTime.of(15, 0)))
                .isEqualTo(calendar.due(monday, Allowance.workingDays(1)));
    }

    @Test
    void allowanceReadsLikeTheLaw() {
        assertThat(Allowance.workingDays(5)).hasToString("5 ngày làm việc");
        assertThat(Allowance.workingDays(5).workingTime()).isEqualTo(Duration.ofHours(40));
        assertThat(Allowance.workingHours(4).workingTime()).isEqualTo(Duration.ofHours(4));
        assertThatThrownBy(() -> Allowance.calendarDays(5).workingTime()).isInstanceOf(IllegalStateException.class);
    }
}
