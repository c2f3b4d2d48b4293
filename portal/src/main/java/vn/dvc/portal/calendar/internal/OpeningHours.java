package vn.dvc.portal.calendar.internal;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;

import vn.dvc.portal.calendar.WeeklySchedule;
import vn.dvc.portal.calendar.WorkingHours;

/** {@link WorkingHours} turned into shared {@link DaySchedule}s, one per weekday and weekly schedule. */
final class OpeningHours {

    private final WorkingHours hours;
    private final Map<WeeklySchedule, DaySchedule[]> byWeekday = new IdentityHashMap<>();
    private final Map<WeeklySchedule, DaySchedule> ordinaryWeekday = new IdentityHashMap<>();

    OpeningHours(WorkingHours hours) {
        this.hours = hours;
        add(hours.standard());
        hours.seasons().forEach(season -> add(season.schedule()));
    }

    private void add(WeeklySchedule schedule) {
        DaySchedule[] days = new DaySchedule[7];
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            days[day.ordinal()] = DaySchedule.of(schedule.intervals(day));
        }
        byWeekday.put(schedule, days);
        ordinaryWeekday.put(schedule, DaySchedule.of(schedule.ordinaryWeekday()));
    }

    /** The opening hours on {@code date} by the weekly schedule in force. */
    DaySchedule on(LocalDate date) {
        return byWeekday.get(hours.scheduleOn(date))[date.getDayOfWeek().ordinal()];
    }

    /** The hours of a make-up working day on {@code date}: those of an ordinary weekday. */
    DaySchedule makeUpDay(LocalDate date) {
        return ordinaryWeekday.get(hours.scheduleOn(date));
    }
}
