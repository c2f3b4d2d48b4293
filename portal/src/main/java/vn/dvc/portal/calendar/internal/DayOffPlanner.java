package vn.dvc.portal.calendar.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.dvc.portal.calendar.CalendarOverride;
import vn.dvc.portal.calendar.CalendarOverride.AddDayOff;
import vn.dvc.portal.calendar.CalendarOverride.ConfirmPlacement;
import vn.dvc.portal.calendar.CalendarOverride.MakeUpWorkingDay;
import vn.dvc.portal.calendar.CalendarOverride.RemoveDayOff;
import vn.dvc.portal.calendar.DayKind;
import vn.dvc.portal.calendar.DayStatus;
import vn.dvc.portal.calendar.LunarCalendar;
import vn.dvc.portal.calendar.MovableHoliday;
import vn.dvc.portal.calendar.NonWorkingDay;

/**
 * Plans the days off of one year:
 * <ol>
 *   <li>the statutory holidays, with Tết and the day beside 2/9 placed as proposed or as confirmed;</li>
 *   <li>the Centre's other overrides, in list order;</li>
 *   <li>a compensatory day (nghỉ bù) for every holiday on a Saturday or Sunday: the next Monday–Friday
 *       date that is not already off, unless the Centre removed the day off on that date.</li>
 * </ol>
 */
final class DayOffPlanner {

    static final String COMPENSATORY = "Nghỉ bù";

    private final LunarCalendar lunar;

    DayOffPlanner(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    DayOffPlan plan(int year, List<CalendarOverride> overrides) {
        TreeMap<LocalDate, NonWorkingDay> off = new TreeMap<>();
        fixed(off, LocalDate.of(year, 1, 1), StatutoryHolidays.NEW_YEAR);
        movable(off, MovableHoliday.TET, StatutoryHolidays.proposedTet(year, lunar), year, overrides);
        fixed(off, StatutoryHolidays.hungKings(year, lunar), StatutoryHolidays.HUNG_KINGS);
        fixed(off, LocalDate.of(year, 4, 30), StatutoryHolidays.VICTORY_DAY);
        fixed(off, LocalDate.of(year, 5, 1), StatutoryHolidays.LABOUR_DAY);
        fixed(off, LocalDate.of(year, 9, 2), StatutoryHolidays.NATIONAL_DAY);
        movable(off, MovableHoliday.NATIONAL_DAY_ADJACENT,
                List.of(StatutoryHolidays.proposedNationalDayAdjacent(year)), year, overrides);

        Set<LocalDate> removed = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (CalendarOverride override : overrides) {
            if (override.year() != year) {
                continue;
            }
            switch (override) {
                case AddDayOff add -> {
                    off.putIfAbsent(add.date(), new NonWorkingDay(add.date(), DayKind.DAY_OFF, add.name(),
                            DayStatus.CONFIRMED));
                    removed.remove(add.date());
                    makeUp.remove(add.date());
                }
                case RemoveDayOff remove -> {
                    off.remove(remove.date());
                    removed.add(remove.date());
                }
                case MakeUpWorkingDay work -> {
                    off.remove(work.date());
                    removed.add(work.date());
                    makeUp.add(work.date());
                }
                case ConfirmPlacement ignored -> {
                    // applied with the holiday itself
                }
            }
        }
        compensate(off, removed, year);
        return new DayOffPlan(java.util.Collections.unmodifiableNavigableMap(off), Set.copyOf(makeUp));
    }

    private static void fixed(Map<LocalDate, NonWorkingDay> off, LocalDate date, String name) {
        off.put(date, new NonWorkingDay(date, DayKind.HOLIDAY, name, DayStatus.CONFIRMED));
    }

    private static void movable(Map<LocalDate, NonWorkingDay> off, MovableHoliday holiday, List<LocalDate> proposed,
                                int year, List<CalendarOverride> overrides) {
        List<LocalDate> days = proposed;
        DayStatus status = DayStatus.PROPOSED;
        for (CalendarOverride override : overrides) {
            if (override instanceof ConfirmPlacement confirm && confirm.year() == year && confirm.holiday() == holiday) {
                days = confirm.dates().isEmpty() ? proposed : confirm.dates();
                status = DayStatus.CONFIRMED;
            }
        }
        for (LocalDate date : days) {
            off.putIfAbsent(date, new NonWorkingDay(date, DayKind.HOLIDAY, holiday.holidayName(), status));
        }
    }

    private static void compensate(TreeMap<LocalDate, NonWorkingDay> off, Set<LocalDate> removed, int year) {
        List<NonWorkingDay> weekendHolidays = off.values().stream()
                .filter(day -> day.kind() == DayKind.HOLIDAY && !StatutoryHolidays.isMondayToFriday(day.date()))
                .toList();
        for (NonWorkingDay holiday : weekendHolidays) {
            LocalDate candidate = holiday.date().plusDays(1);
            while (!StatutoryHolidays.isMondayToFriday(candidate) || off.containsKey(candidate)) {
                candidate = candidate.plusDays(1);
            }
            if (candidate.getYear() == year && !removed.contains(candidate)) {
                off.put(candidate, new NonWorkingDay(candidate, DayKind.COMPENSATORY, COMPENSATORY, holiday.status()));
            }
        }
    }
}
