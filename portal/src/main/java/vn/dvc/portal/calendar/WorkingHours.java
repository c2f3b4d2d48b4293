package vn.dvc.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The opening hours (giờ làm việc) of an agency: a standard weekly schedule and optional seasonal
 * schedules that replace it during part of the year. Seasonal periods must not overlap.
 *
 * <p>The province default is Monday to Friday 07:30–11:30 and 13:00–17:00 (8 hours).
 *
 * @param standard the schedule outside any seasonal period
 * @param seasons  seasonal schedules; at most one applies on any day
 */
public record WorkingHours(WeeklySchedule standard, List<SeasonalHours> seasons) {

    /** Morning session of the province default. */
    public static final WorkingInterval MORNING = new WorkingInterval(LocalTime.of(7, 30), LocalTime.of(11, 30));
    /** Afternoon session of the province default. */
    public static final WorkingInterval AFTERNOON = new WorkingInterval(LocalTime.of(13, 0), LocalTime.of(17, 0));

    public WorkingHours {
        RefusedInput.require(standard, "standard");
        seasons = List.copyOf(RefusedInput.require(seasons, "seasons"));
        requireDisjoint(seasons);
    }

    /** Monday–Friday 07:30–11:30 and 13:00–17:00, no seasons. */
    public static WorkingHours provinceDefault() {
        return new WorkingHours(WeeklySchedule.mondayToFriday(MORNING, AFTERNOON), List.of());
    }

    /** The province default plus Saturday 07:30–11:30 (agencies that receive on Saturday mornings). */
    public static WorkingHours withSaturdayMorning() {
        return new WorkingHours(WeeklySchedule.mondayToFriday(MORNING, AFTERNOON).with(DayOfWeek.SATURDAY, MORNING),
                List.of());
    }

    /** A copy with one more seasonal schedule. */
    public WorkingHours withSeason(SeasonalHours season) {
        List<SeasonalHours> more = new java.util.ArrayList<>(seasons);
        more.add(season);
        return new WorkingHours(standard, more);
    }

    /** The weekly schedule in force on {@code date}. */
    public WeeklySchedule scheduleOn(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        for (SeasonalHours season : seasons) {
            if (season.contains(day)) {
                return season.schedule();
            }
        }
        return standard;
    }

    private static void requireDisjoint(List<SeasonalHours> seasons) {
        if (seasons.size() < 2) {
            return;
        }
        LocalDate day = LocalDate.of(2000, 1, 1); // a leap year, so 29 February is checked too
        for (; day.getYear() == 2000; day = day.plusDays(1)) {
            MonthDay monthDay = MonthDay.from(day);
            long covering = seasons.stream().filter(season -> season.contains(monthDay)).count();
            if (covering > 1) {
                throw new InvalidRequestParameter("seasons", "seasonal periods overlap on " + monthDay);
            }
        }
    }
}
