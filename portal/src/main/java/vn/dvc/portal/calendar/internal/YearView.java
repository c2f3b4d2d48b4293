package vn.dvc.portal.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.calendar.DayKind;
import vn.dvc.portal.calendar.LunarCalendar;
import vn.dvc.portal.calendar.LunarDate;
import vn.dvc.portal.calendar.NonWorkingDay;
import vn.dvc.portal.calendar.WorkingCalendar;

/** A year of one working calendar laid out as twelve month grids (Monday first), for the pages. */
public record YearView(int year, List<Month> months, List<NonWorkingDay> daysOff, List<LocalDate> makeUpDays) {

    /** One month: weeks of seven cells, {@code null} outside the month. */
    public record Month(int month, List<List<@Nullable Cell>> weeks) {
    }

    /**
     * One day.
     *
     * @param lunar    the lunar date, written "d" or, on the first of a lunar month, "d/m" ("nhuận" if leap)
     * @param off      why the day is not worked, or null on a working day
     * @param makeUp   a weekly rest day that is worked (ngày làm bù)
     */
    public record Cell(LocalDate date, String lunar, @Nullable NonWorkingDay off, boolean makeUp) {

        public boolean isHoliday() {
            return off != null && off.kind() != DayKind.WEEKEND;
        }
    }

    static YearView of(int year, WorkingCalendar calendar, LunarCalendar lunarCalendar) {
        Map<LocalDate, NonWorkingDay> off = calendar.nonWorkingDays(year).stream()
                .collect(Collectors.toMap(NonWorkingDay::date, Function.identity()));
        List<Month> months = new ArrayList<>();
        List<LocalDate> makeUpDays = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<@Nullable Cell>> weeks = new ArrayList<>();
            List<@Nullable Cell> week = new ArrayList<>();
            for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
                week.add(null);
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                boolean makeUp = !off.containsKey(date) && isWeeklyRestDay(calendar, date);
                if (makeUp) {
                    makeUpDays.add(date);
                }
                week.add(new Cell(date, lunarLabel(lunarCalendar.toLunar(date)), off.get(date), makeUp));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(null);
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        List<NonWorkingDay> daysOff = off.values().stream()
                .filter(day -> day.kind() != DayKind.WEEKEND)
                .sorted(java.util.Comparator.comparing(NonWorkingDay::date))
                .toList();
        return new YearView(year, months, daysOff, makeUpDays);
    }

    /** A day the standard weekly schedule does not work, which the calendar nevertheless works. */
    private static boolean isWeeklyRestDay(WorkingCalendar calendar, LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return calendar.workingHours().scheduleOn(date).intervals(day).isEmpty() && calendar.isWorkingDay(date);
    }

    private static String lunarLabel(LunarDate lunar) {
        if (lunar.day() == 1) {
            return lunar.day() + "/" + lunar.month() + (lunar.leap() ? " nhuận" : "");
        }
        return Integer.toString(lunar.day());
    }
}
