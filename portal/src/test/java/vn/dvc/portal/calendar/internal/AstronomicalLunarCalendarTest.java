package vn.dvc.portal.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same algorithm run for UTC+8 must give the Chinese calendar; this shows that the Vietnamese
 * differences come from the time zone alone.
 */
class AstronomicalLunarCalendarTest {

    private final AstronomicalLunarCalendar vietnam = AstronomicalLunarCalendar.VIETNAM;
    private final AstronomicalLunarCalendar china = new AstronomicalLunarCalendar(8.0);

    @ParameterizedTest(name = "{0}: Vietnam {1}, China {2}")
    @CsvSource(textBlock = """
            1968, 1968-01-29, 1968-01-30
            1985, 1985-01-21, 1985-02-20
            2007, 2007-02-17, 2007-02-18
            2030, 2030-02-02, 2030-02-03
            2024, 2024-02-10, 2024-02-10
            """)
    void tetDiffersWhereTheNewMoonOrSolsticeFallsBetween23And24HanoiTime(int year, LocalDate vn, LocalDate cn) {
        assertThat(vietnam.newYear(year)).isEqualTo(vn);
        assertThat(china.newYear(year)).isEqualTo(cn);
    }

    @Test
    void leapMonthsOf1984And1985() {
        assertThat(china.leapMonth(1984)).isEqualTo(10);
        assertThat(vietnam.leapMonth(1984)).isZero();
        assertThat(vietnam.leapMonth(1985)).isEqualTo(2);
        assertThat(china.leapMonth(1985)).isZero();
    }

    @ParameterizedTest(name = "leap month of {0} is {1}")
    @CsvSource({"2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2024, 0", "2026, 0"})
    void leapMonths(int year, int month) {
        assertThat(vietnam.leapMonth(year)).isEqualTo(month);
    }

    @Test
    void monthElevenHoldsTheWinterSolstice() {
        // Solstice 1984: 21 Dec 16:09 UT = 23:09 in Hanoi, 00:09 on 22 Dec in Beijing; new moons on
        // 23 Nov (Hanoi) and 22 Dec. Vietnam's month 11 began on 23 Nov, China's on 22 Dec.
        assertThat(jdnToDate(LunarSui.monthElevenStart(1984, 7.0))).isEqualTo(LocalDate.of(1984, 11, 23));
        assertThat(jdnToDate(LunarSui.monthElevenStart(1984, 8.0))).isEqualTo(LocalDate.of(1984, 12, 22));
    }

    @Test
    void sunSectorsAroundTheEquinox() {
        // March equinox 2025: 20 March 09:01 UT, 16:01 in Hanoi. At the start of 20 March the sun is
        // below 0° (sector 11), at the start of 21 March past it (sector 0).
        assertThat(Astronomy.sunSector(dateToJdn(LocalDate.of(2025, 3, 20)), 7.0)).isEqualTo(11);
        assertThat(Astronomy.sunSector(dateToJdn(LocalDate.of(2025, 3, 21)), 7.0)).isZero();
    }

    @Test
    void newMoonDays() {
        // Annular eclipse of 21 June 2020, new moon 06:41 UT; total eclipse of 8 April 2024, new moon 18:21 UT
        // (so 9 April in Hanoi).
        long eclipse2020 = Astronomy.lunationNearest(dateToJdn(LocalDate.of(2020, 6, 21)));
        assertThat(jdnToDate(Astronomy.newMoonDay(eclipse2020, 7.0))).isEqualTo(LocalDate.of(2020, 6, 21));
        long eclipse2024 = Astronomy.lunationNearest(dateToJdn(LocalDate.of(2024, 4, 8)));
        assertThat(jdnToDate(Astronomy.newMoonDay(eclipse2024, 0.0))).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(jdnToDate(Astronomy.newMoonDay(eclipse2024, 7.0))).isEqualTo(LocalDate.of(2024, 4, 9));
    }

    private static long dateToJdn(LocalDate date) {
        return date.toEpochDay() + Astronomy.JDN_OF_EPOCH_DAY_0;
    }

    private static LocalDate jdnToDate(long jdn) {
        return LocalDate.ofEpochDay(jdn - Astronomy.JDN_OF_EPOCH_DAY_0);
    }
}
