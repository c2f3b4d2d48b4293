package vn.dvc.portal.calendar.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

import vn.dvc.portal.calendar.LunarCalendar;
import vn.dvc.portal.calendar.LunarDate;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The lunisolar calendar computed from astronomical new moons and solar terms for a given time zone
 * (Hồ Ngọc Đức's method). {@link #VIETNAM} uses UTC+7. The months of each sui are computed once and
 * cached; instances are thread-safe.
 */
public final class AstronomicalLunarCalendar implements LunarCalendar {

    /** The Vietnamese lunar calendar (UTC+7). */
    public static final AstronomicalLunarCalendar VIETNAM = new AstronomicalLunarCalendar(7.0);

    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);
    private static final int FIRST_SUI = 1900;
    private static final int LAST_SUI = 2101;

    private final double offsetHours;
    private final AtomicReferenceArray<LunarSui> suis = new AtomicReferenceArray<>(LAST_SUI - FIRST_SUI + 1);

    AstronomicalLunarCalendar(double offsetHours) {
        this.offsetHours = offsetHours;
    }

    @Override
    public LunarDate toLunar(LocalDate solarDate) {
        RefusedInput.require(solarDate, "date");
        if (solarDate.isBefore(FIRST_DATE) || solarDate.isAfter(LAST_DATE)) {
            throw new InvalidRequestParameter("date", "supported dates are " + FIRST_DATE + " to " + LAST_DATE
                    + ", got " + solarDate);
        }
        long jdn = solarDate.toEpochDay() + Astronomy.JDN_OF_EPOCH_DAY_0;
        LunarSui sui = sui(solarDate.getYear());
        if (jdn >= sui.endDay()) {
            sui = sui(solarDate.getYear() + 1);
        }
        int month = sui.monthContaining(jdn);
        return new LunarDate((int) (jdn - sui.monthStart(month)) + 1, sui.monthNumber(month),
                sui.lunarYear(month), sui.isLeap(month));
    }

    @Override
    public LocalDate toSolar(LunarDate lunarDate) {
        RefusedInput.require(lunarDate, "date");
        int year = lunarDate.year();
        if (year < FIRST_SUI - 1 || year > LAST_SUI - 1) {
            throw new InvalidRequestParameter("date", "lunar year " + year + " is outside the supported range");
        }
        // Months 11 and 12 of lunar year Y open the sui that ends with month 11 of Y+1.
        int suiYear = lunarDate.month() >= 11 ? year + 1 : year;
        if (suiYear < FIRST_SUI) {
            throw new InvalidRequestParameter("date", lunarDate + " is before " + FIRST_DATE);
        }
        LunarSui sui = sui(suiYear);
        int month = sui.indexOf(lunarDate.month(), lunarDate.leap(), year);
        if (month < 0) {
            throw new InvalidRequestParameter("date", "lunar year " + year + " has no "
                    + (lunarDate.leap() ? "leap " : "") + "month " + lunarDate.month());
        }
        if (lunarDate.day() > sui.monthLength(month)) {
            throw new InvalidRequestParameter("date", "month " + lunarDate.month() + " of lunar year " + year
                    + " has " + sui.monthLength(month) + " days");
        }
        LocalDate solar = LocalDate.ofEpochDay(sui.monthStart(month) + lunarDate.day() - 1
                - Astronomy.JDN_OF_EPOCH_DAY_0);
        if (solar.isBefore(FIRST_DATE) || solar.isAfter(LAST_DATE)) {
            throw new InvalidRequestParameter("date", lunarDate + " falls on " + solar
                    + ", outside the supported range");
        }
        return solar;
    }

    /** The leap month (1–12) of lunar year {@code year}, or 0 if it has none. */
    int leapMonth(int year) {
        for (int suiYear : new int[] {year, year + 1}) {
            LunarSui sui = sui(suiYear);
            for (int i = 0; i < sui.months(); i++) {
                if (sui.isLeap(i) && sui.lunarYear(i) == year) {
                    return sui.monthNumber(i);
                }
            }
        }
        return 0;
    }

    private LunarSui sui(int endYear) {
        int slot = endYear - FIRST_SUI;
        LunarSui sui = suis.get(slot);
        if (sui == null) {
            sui = LunarSui.compute(endYear, offsetHours);
            suis.compareAndSet(slot, null, sui);
        }
        return sui;
    }
}
