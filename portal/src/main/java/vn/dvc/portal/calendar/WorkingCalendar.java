package vn.dvc.portal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import vn.dvc.portal.calendar.internal.WorkingCalendarEngine;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The working-time clock of one agency: opening hours, non-working days and the Centre's overrides.
 *
 * <p>All instants are interpreted in {@link #ZONE} (Asia/Ho_Chi_Minh, +07:00); returned date-times carry
 * that zone's offset. Supported years: {@value #MIN_YEAR}–{@value #MAX_YEAR}; an instant or year outside
 * them throws {@link InvalidRequestParameter} naming the argument. Implementations are immutable and
 * thread-safe. The rules are set out in {@code docs/calendar.md}.
 */
public interface WorkingCalendar {

    /** The zone in which days and opening hours are reckoned: the portal's ({@link PortalTime#ZONE}). */
    ZoneId ZONE = PortalTime.ZONE;
    /** One working day (ngày làm việc) = 8 working hours. */
    Duration WORKING_DAY = Duration.ofHours(8);
    /** The largest working time {@link #plusWorkingTime} accepts (= 1,000 working days). */
    Duration MAX_WORKING_TIME = WORKING_DAY.multipliedBy(1_000);
    int MIN_YEAR = 1900;
    int MAX_YEAR = 2100;

    /**
     * A calendar for the given opening hours and overrides.
     *
     * @param hours     the agency's opening hours
     * @param overrides the Centre's decisions, in the order they were made
     */
    static WorkingCalendar of(WorkingHours hours, List<CalendarOverride> overrides) {
        return new WorkingCalendarEngine(hours, overrides, LunarCalendar.vietnamese());
    }

    /**
     * The due instant: the earliest instant at which {@code allowance} has elapsed since {@code start}.
     * Counting begins at the first working instant at or after {@code start}; an allowance of 0 working
     * hours or days therefore gives that instant. For {@link DurationUnit#CALENDAR_DAYS} see the unit.
     */
    OffsetDateTime due(Instant start, Allowance allowance);

    /**
     * Like {@link #due(Instant, Allowance)}, for a procedure with a cut-off time: an item received after
     * {@code cutoff} (local time) counts as received at the opening of the next working day.
     */
    OffsetDateTime due(Instant start, Allowance allowance, LocalTime cutoff);

    /**
     * The earliest instant at which {@code workingTime} has elapsed since {@code from}; for zero,
     * {@code from} itself. Used to move a due instant, e.g. after a pause.
     *
     * @throws InvalidRequestParameter naming "workingTime" if negative or above {@link #MAX_WORKING_TIME}
     */
    OffsetDateTime plusWorkingTime(Instant from, Duration workingTime);

    /** {@code instant} if it is inside opening hours, else the next opening. */
    OffsetDateTime nextWorkingInstant(Instant instant);

    /** Working time between two instants; negative if {@code to} is before {@code from}. */
    Duration workingTimeBetween(Instant from, Instant to);

    /** Working time left from {@code now} until {@code due}; negative once overdue. */
    default Duration remaining(Instant now, Instant due) {
        return workingTimeBetween(now, due);
    }

    /** Due soon with the default threshold of one working day (8 working hours). */
    default boolean isDueSoon(Instant now, Instant due) {
        return isDueSoon(now, due, WORKING_DAY);
    }

    /**
     * Whether an item is due soon (sắp đến hạn): not yet overdue and at most {@code threshold} of working
     * time remains.
     */
    default boolean isDueSoon(Instant now, Instant due, Duration threshold) {
        RefusedInput.require(threshold, "threshold");
        if (threshold.isNegative()) {
            throw new InvalidRequestParameter("threshold", "must not be negative");
        }
        return !now.isAfter(due) && remaining(now, due).compareTo(threshold) <= 0;
    }

    /**
     * How a finished item met its due instant:
     * <ul>
     *   <li>{@link Timeliness#LATE} if {@code finished} is after {@code due};</li>
     *   <li>{@link Timeliness#EARLY} if {@code finished} falls on an earlier calendar date (in {@link #ZONE})
     *       than {@code due};</li>
     *   <li>{@link Timeliness#ON_TIME} otherwise: on the due date, at or before the due instant.</li>
     * </ul>
     * The same as {@link Timeliness#of}: the rule needs no working hours.
     */
    Timeliness classify(Instant finished, Instant due);

    /**
     * The non-working days of {@code year} in date order: weekly rest days, holidays, compensatory days
     * and declared days off (one entry per date; a holiday on a weekend is listed as the holiday).
     *
     * @throws InvalidRequestParameter naming "year" outside {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    List<NonWorkingDay> nonWorkingDays(int year);

    /** Whether the agency has opening hours on {@code date} (make-up working days included). */
    boolean isWorkingDay(LocalDate date);

    /** The opening hours this calendar was built with. */
    WorkingHours workingHours();
}
