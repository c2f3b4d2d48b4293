package vn.dvc.portal.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dvc.portal.calendar.LunarCalendar;
import vn.dvc.portal.calendar.LunarDate;

/**
 * The public holidays of the Labour Code 2019, Art. 112, and the system's proposed placement of the
 * two whose days the Prime Minister decides each year.
 */
final class StatutoryHolidays {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    static final String VICTORY_DAY = "Ngày Chiến thắng";
    static final String LABOUR_DAY = "Quốc tế Lao động";
    static final String NATIONAL_DAY = "Quốc khánh";

    private StatutoryHolidays() {
    }

    /** Proposed Tết: the last day of the lunar year before {@code year}'s Tết and the first four days of it. */
    static List<LocalDate> proposedTet(int year, LunarCalendar lunar) {
        LocalDate newYear = lunar.newYear(year);
        List<LocalDate> days = new ArrayList<>(5);
        for (int i = -1; i <= 3; i++) {
            days.add(newYear.plusDays(i));
        }
        return days;
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
    static LocalDate hungKings(int year, LunarCalendar lunar) {
        return lunar.toSolar(LunarDate.of(10, 3, year));
    }

    /**
     * The proposed day beside 2 September: the neighbour (1 or 3 September) that falls Monday to Friday;
     * if both do, the one that touches a weekend (a Monday or a Friday); if neither of those does
     * (2 September on a Wednesday), 3 September.
     */
    static LocalDate proposedNationalDayAdjacent(int year) {
        LocalDate before = LocalDate.of(year, 9, 1);
        LocalDate after = LocalDate.of(year, 9, 3);
        boolean beforeWorked = isMondayToFriday(before);
        boolean afterWorked = isMondayToFriday(after);
        if (beforeWorked != afterWorked) {
            return beforeWorked ? before : after;
        }
        if (before.getDayOfWeek() == DayOfWeek.MONDAY) {
            return before;
        }
        return after;
    }

    static boolean isMondayToFriday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
