package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Known dates of the Vietnamese lunar calendar. Each expected value rests on two facts: the published
 * date (Tết, Giỗ Tổ and Trung thu dates and the compensatory days given for them) and the time of the
 * new moon, which is far enough from midnight in the rows below that UTC+7 and UTC+8 agree — except in
 * the rows marked VN≠CN, where the new moon falls between 23:00 and 24:00 Hanoi time (or, for 1985,
 * the winter solstice did), so Vietnam counts one day (or one month) earlier than China.
 */
class LunarCalendarTest {

    private final LunarCalendar lunar = LunarCalendar.vietnamese();

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource(textBlock = """
            # lunar year, first day of the year (solar)
            # VN≠CN: new moon 29 Jan about 23:15 Hanoi time; China 1968-01-30
            1968, 1968-01-29
            1984, 1984-02-02
            # VN≠CN: China 1985-02-20, a whole month later
            1985, 1985-01-21
            1986, 1986-02-09
            # VN≠CN: new moon 17 Feb about 23:25 Hanoi time; China 2007-02-18
            2007, 2007-02-17
            2019, 2019-02-05
            2020, 2020-01-25
            2021, 2021-02-12
            2022, 2022-02-01
            2023, 2023-01-22
            2024, 2024-02-10
            2025, 2025-01-29
            2026, 2026-02-17
            2027, 2027-02-06
            2028, 2028-01-26
            2029, 2029-02-13
            # VN≠CN: new moon 2 Feb about 23:05 Hanoi time; China 2030-02-03
            2030, 2030-02-02
            """)
    void tetNguyenDan(int year, LocalDate expected) {
        assertThat(lunar.newYear(year)).isEqualTo(expected);
        assertThat(lunar.toLunar(expected)).isEqualTo(LunarDate.of(1, 1, year));
        assertThat(lunar.toLunar(expected.minusDays(1)).year()).isEqualTo(year - 1);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource(textBlock = """
            # a Sunday: compensatory Monday 15/4/2019
            2019, 2019-04-14
            2020, 2020-04-02
            2021, 2021-04-21
            # a Sunday: compensatory Monday 11/4/2022
            2022, 2022-04-10
            2023, 2023-04-29
            2024, 2024-04-18
            2025, 2025-04-07
            2026, 2026-04-26
            """)
    void gioToHungVuong(int year, LocalDate expected) {
        assertThat(lunar.toSolar(LunarDate.of(10, 3, year))).isEqualTo(expected);
        assertThat(lunar.toLunar(expected)).isEqualTo(LunarDate.of(10, 3, year));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            # lunar day, month, year, leap, solar date
            # Trung thu
            15, 8, 2023, false, 2023-09-29
            # Trung thu
            15, 8, 2024, false, 2024-09-17
            # Trung thu, late because of leap month 6
            15, 8, 2025, false, 2025-10-06
            # Vu Lan
            15, 7, 2024, false, 2024-08-18
            # leap 4th month of Canh Tý
            1,  4, 2020, true,  2020-05-23
            # leap 2nd month of Quý Mão
            1,  2, 2023, true,  2023-03-22
            # leap 6th month of Ất Tỵ
            1,  6, 2025, true,  2025-07-25
            # month 11 holds the solstice of 21 Dec 23:09 Hanoi time
            1, 11, 1984, false, 1984-11-23
            # (in China the solstice fell on 22 Dec, the next month)
            1, 12, 1984, false, 1984-12-22
            # so Vietnam's 13-month year is 1985 (China's was 1984)
            1,  2, 1985, true,  1985-03-21
            # tháng Chạp 2025 has 29 days: "29 Tết"
            29, 12, 2025, false, 2026-02-16
            """)
    void knownDates(int day, int month, int year, boolean leap, LocalDate solar) {
        LunarDate date = new LunarDate(day, month, year, leap);
        assertThat(lunar.toSolar(date)).isEqualTo(solar);
        assertThat(lunar.toLunar(solar)).isEqualTo(date);
    }

    @Test
    void leapMonthsOccurOnlyWhereTheYearHasOne() {
        assertThatThrownBy(() -> lunar.toSolar(new LunarDate(1, 5, 2020, true)))
                .isInstanceOf(RefusedInput.class)
                .hasMessageContaining("no leap month 5");
        // China's calendar had a leap 10th month in 1984; Vietnam's did not.
        assertThatThrownBy(() -> lunar.toSolar(new LunarDate(1, 10, 1984, true)))
                .isInstanceOf(RefusedInput.class);
        // The leap month ends at the new moon of the annular solar eclipse of 21 June 2020 (06:41 UT).
        assertThat(lunar.toLunar(LocalDate.of(2020, 6, 20))).isEqualTo(new LunarDate(29, 4, 2020, true));
        assertThat(lunar.toLunar(LocalDate.of(2020, 6, 21))).isEqualTo(LunarDate.of(1, 5, 2020));
    }

    @Test
    void aDayBeyondTheMonthIsRejected() {
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(30, 12, 2025)))
                .isInstanceOf(RefusedInput.class)
                .hasMessageContaining("has 29 days")
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("date");
    }

    @Test
    void supportedRangeIs1900To2100() {
        assertThat(lunar.toLunar(LocalDate.of(1900, 1, 1))).isEqualTo(LunarDate.of(1, 12, 1899));
        assertThat(lunar.toSolar(LunarDate.of(1, 12, 1899))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(lunar.toLunar(LocalDate.of(2100, 12, 31)).year()).isEqualTo(2100);
        assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("date");
        assertThatThrownBy(() -> lunar.toLunar(LocalDate.of(2101, 1, 1)))
                .isInstanceOf(RefusedInput.class);
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(1, 11, 1899)))
                .isInstanceOf(RefusedInput.class);
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(1, 1, 2101)))
                .isInstanceOf(RefusedInput.class);
    }

    @Test
    void lunarDateChecksItsFields() {
        assertThatThrownBy(() -> LunarDate.of(31, 1, 2025)).isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("day");
        assertThatThrownBy(() -> LunarDate.of(1, 13, 2025)).isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("month");
        assertThat(new LunarDate(1, 6, 2025, true)).hasToString("1/6 nhuận/2025 âm lịch");
    }
}
