package vn.dvc.portal.calendar;

import vn.dvc.portal.platform.InvalidRequestParameter;
/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param day   day of the lunar month, 1–30
 * @param month lunar month, 1–12 (1 = tháng Giêng, 12 = tháng Chạp)
 * @param year  the lunar year, named by the Gregorian year in which it mostly falls
 *              (lunar year 2025 = Ất Tỵ, which began on 29 January 2025)
 * @param leap  whether the month is the leap month (tháng nhuận) that repeats {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leap) {

    public LunarDate {
        if (day < 1 || day > 30) {
            throw new InvalidRequestParameter("day", "a lunar day is 1–30, got " + day);
        }
        if (month < 1 || month > 12) {
            throw new InvalidRequestParameter("month", "a lunar month is 1–12, got " + month);
        }
    }

    /** A date in an ordinary (non-leap) month. */
    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leap ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
