package vn.dvc.portal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Opening hours for each day of the week. A day without intervals is a weekly rest day.
 *
 * <p>The intervals of a day must be in order and must not overlap (one may start exactly where the
 * previous one ends). At least one day of the week must have opening hours.
 *
 * @param days intervals per weekday; missing weekdays have no opening hours
 */
public record WeeklySchedule(Map<DayOfWeek, List<WorkingInterval>> days) {

    public WeeklySchedule {
        RefusedInput.require(days, "days");
        EnumMap<DayOfWeek, List<WorkingInterval>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingInterval> intervals = List.copyOf(days.getOrDefault(day, List.of()));
            requireOrdered(day, intervals);
            copy.put(day, intervals);
        }
        if (copy.values().stream().allMatch(List::isEmpty)) {
            throw new InvalidRequestParameter("days", "a weekly schedule needs opening hours on at least one day");
        }
        days = java.util.Collections.unmodifiableMap(copy);
    }

    /** The same intervals on Monday to Friday; Saturday and Sunday closed. */
    public static WeeklySchedule mondayToFriday(WorkingInterval... intervals) {
        Map<DayOfWeek, List<WorkingInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(day, List.of(intervals));
        }
        return new WeeklySchedule(days);
    }

    /** A copy in which {@code day} has the given intervals (none = closed). */
    public WeeklySchedule with(DayOfWeek day, WorkingInterval... intervals) {
        Map<DayOfWeek, List<WorkingInterval>> changed = new EnumMap<>(days);
        changed.put(day, List.of(intervals));
        return new WeeklySchedule(changed);
    }

    /** The opening hours of {@code day}, in order; empty on a rest day. */
    public List<WorkingInterval> intervals(DayOfWeek day) {
        return days.get(day);
    }

    /** The opening time of {@code day} added up. */
    public Duration hours(DayOfWeek day) {
        return intervals(day).stream().map(WorkingInterval::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The hours of an ordinary weekday: Monday's, or if Monday is closed, those of the first of Tuesday to
     * Friday that is open. A make-up working day (ngày làm bù) gets these hours.
     */
    public List<WorkingInterval> ordinaryWeekday() {
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            if (!intervals(day).isEmpty()) {
                return intervals(day);
            }
        }
        return days.values().stream().filter(list -> !list.isEmpty()).findFirst().orElseThrow();
    }

    private static void requireOrdered(DayOfWeek day, List<WorkingInterval> intervals) {
        for (int i = 1; i < intervals.size(); i++) {
            WorkingInterval previous = intervals.get(i - 1);
            WorkingInterval next = intervals.get(i);
            if (next.start().isBefore(previous.end())) {
                throw new InvalidRequestParameter("intervals",
                        day + ": intervals must be in order and must not overlap: " + previous + ", " + next);
            }
        }
    }
}
