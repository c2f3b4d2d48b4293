package vn.dvc.portal.calendar;

import java.time.LocalDate;

import vn.dvc.portal.calendar.internal.AstronomicalLunarCalendar;
import vn.dvc.portal.platform.InvalidRequestParameter;

/**
 * Conversion between the Gregorian calendar and the Vietnamese lunar calendar (âm lịch).
 *
 * <p>The Vietnamese calendar is computed for UTC+7, so it differs from the Chinese one (UTC+8) in some
 * years: Tết 1985 was on 21 January in Vietnam and on 20 February in China; Tết 2007 on 17 February
 * in Vietnam and on 18 February in China.
 *
 * <p>Supported range: solar dates 1900-01-01 to 2100-12-31 and the lunar dates that fall between them.
 * Other dates throw {@link InvalidRequestParameter} naming {@code "date"}.
 */
public interface LunarCalendar {

    /** The Vietnamese lunar calendar (astronomical new moons and solar terms, UTC+7). Thread-safe. */
    static LunarCalendar vietnamese() {
        return AstronomicalLunarCalendar.VIETNAM;
    }

    /** The lunar date of a solar (Gregorian) date. */
    LunarDate toLunar(LocalDate solarDate);

    /**
     * The solar date of a lunar date.
     *
     * @throws InvalidRequestParameter if the date does not exist, e.g. a leap month that the year
     *                                   does not have, or day 30 of a 29-day month
     */
    LocalDate toSolar(LunarDate lunarDate);

    /** The first day of lunar year {@code year} (mùng 1 Tết), as a solar date. */
    default LocalDate newYear(int year) {
        return toSolar(LunarDate.of(1, 1, year));
    }
}
