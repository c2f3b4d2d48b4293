package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvc.portal.calendar.DayKind.COMPENSATORY;
import static vn.dvc.portal.calendar.DayKind.DAY_OFF;
import static vn.dvc.portal.calendar.DayKind.HOLIDAY;
import static vn.dvc.portal.calendar.DayKind.WEEKEND;
import static vn.dvc.portal.calendar.DayStatus.CONFIRMED;
import static vn.dvc.portal.calendar.DayStatus.PROPOSED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.portal.platform.RefusedInput;

class NonWorkingDaysTest {

    private static final String REF = "Thông báo của Bộ Nội vụ (test)";

    private final WorkingCalendar province = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(textBlock = """
            # 2025: Tết (Wed 29/1) proposed Tue 28/1–Sat 1/2, so Monday 3/2 is compensatory; 2/9 on a Tuesday
            2025-01-01, HOLIDAY,      Tết Dương lịch,    CONFIRMED
            2025-01-28, HOLIDAY,      Tết Nguyên đán,    PROPOSED
            2025-02-01, HOLIDAY,      Tết Nguyên đán,    PROPOSED
            2025-02-03, COMPENSATORY, Nghỉ bù,           PROPOSED
            2025-04-07, HOLIDAY,      Giỗ Tổ Hùng Vương, CONFIRMED
            2025-04-30, HOLIDAY,      Ngày Chiến thắng,  CONFIRMED
            2025-05-01, HOLIDAY,      Quốc tế Lao động,  CONFIRMED
            2025-09-01, HOLIDAY,      Quốc khánh,        PROPOSED
            2025-09-02, HOLIDAY,      Quốc khánh,        CONFIRMED
            # 2026: Giỗ Tổ on Sunday 26/4, compensatory Monday 27/4 (confirmed, as Giỗ Tổ is fixed)
            2026-02-16, HOLIDAY,      Tết Nguyên đán,    PROPOSED
            2026-02-20, HOLIDAY,      Tết Nguyên đán,    PROPOSED
            2026-04-26, HOLIDAY,      Giỗ Tổ Hùng Vương, CONFIRMED
            2026-04-27, COMPENSATORY, Nghỉ bù,           CONFIRMED
            2026-09-03, HOLIDAY,      Quốc khánh,        PROPOSED
            # 2027: Tết on Saturday 6/2 — Sat and Sun compensated on Wed 10/2 and Thu 11/2; 1/5 on a Saturday
            2027-02-05, HOLIDAY,      Tết Nguyên đán,    PROPOSED
            2027-02-09, HOLIDAY,      Tết Nguyên đán,    PROPOSED
            2027-02-10, COMPENSATORY, Nghỉ bù,           PROPOSED
            2027-02-11, COMPENSATORY, Nghỉ bù,           PROPOSED
            2027-04-16, HOLIDAY,      Giỗ Tổ Hùng Vương, CONFIRMED
            2027-05-01, HOLIDAY,      Quốc tế Lao động,  CONFIRMED
            2027-05-03, COMPENSATORY, Nghỉ bù,           CONFIRMED
            2027-09-03, HOLIDAY,      Quốc khánh,        PROPOSED
            # 2028: 1/1 on a Saturday, 30/4 on a Sunday (1/5 Monday, so Tuesday 2/5), 2/9 on a Saturday
            2028-01-01, HOLIDAY,      Tết Dương lịch,    CONFIRMED
            2028-01-03, COMPENSATORY, Nghỉ bù,           CONFIRMED
            2028-01-29, HOLIDAY,      Tết Nguyên đán,    PROPOSED
            2028-01-31, COMPENSATORY, Nghỉ bù,           PROPOSED
            2028-04-04, HOLIDAY,      Giỗ Tổ Hùng Vương, CONFIRMED
            2028-04-30, HOLIDAY,      Ngày Chiến thắng,  CONFIRMED
            2028-05-01, HOLIDAY,      Quốc tế Lao động,  CONFIRMED
            2028-05-02, COMPENSATORY, Nghỉ bù,           CONFIRMED
            2028-09-01, HOLIDAY,      Quốc khánh,        PROPOSED
            2028-09-02, HOLIDAY,      Quốc khánh,        CONFIRMED
            2028-09-04, COMPENSATORY, Nghỉ bù,           CONFIRMED
            """)
    void statutoryDays2025To2028(LocalDate date, DayKind kind, String name, DayStatus status) {
        assertThat(province.nonWorkingDays(date.getYear()))
                .contains(new NonWorkingDay(date, kind, name, status));
        assertThat(province.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1} holidays and compensatory days")
    @CsvSource({"2025, 12", "2026, 12", "2027, 14", "2028, 15"})
    void everyYearHasElevenHolidaysPlusCompensatoryDays(int year, int expected) {
        List<NonWorkingDay> days = province.nonWorkingDays(year);
        assertThat(days).filteredOn(day -> day.kind() != WEEKEND).hasSize(expected);
        assertThat(days).filteredOn(day -> day.kind() == HOLIDAY).hasSize(11);
        assertThat(days).extracting(NonWorkingDay::date).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void weekendsAreTheDaysWithoutOpeningHours() {
        List<NonWorkingDay> weekends = province.nonWorkingDays(2026).stream()
                .filter(day -> day.kind() == WEEKEND).toList();
        assertThat(weekends).allSatisfy(day -> {
            assertThat(day.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(day.name()).isEqualTo("Nghỉ hằng tuần");
            assertThat(day.status()).isEqualTo(CONFIRMED);
        });
        // 104 Saturdays and Sundays in 2026, one of them (Sunday 26/4) listed as Giỗ Tổ instead
        assertThat(weekends).hasSize(103);

        WorkingCalendar saturdayAgency = WorkingCalendar.of(WorkingHours.withSaturdayMorning(), List.of());
        assertThat(saturdayAgency.nonWorkingDays(2026)).filteredOn(day -> day.kind() == WEEKEND)
                .allSatisfy(day -> assertThat(day.date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
        assertThat(saturdayAgency.isWorkingDay(LocalDate.of(2026, 3, 7))).isTrue();
    }

    @ParameterizedTest(name = "2/9/{0} is a {1}: the day beside it is {2}")
    @CsvSource({
            "2024, MONDAY, 2024-09-03",
            "2025, TUESDAY, 2025-09-01",
            "2026, WEDNESDAY, 2026-09-03",
            "2027, THURSDAY, 2027-09-03",
            "2022, FRIDAY, 2022-09-01",
            "2028, SATURDAY, 2028-09-01",
            "2029, SUNDAY, 2029-09-03"})
    void dayBesideNationalDayJoinsTheBreakToAWeekend(int year, DayOfWeek weekday, LocalDate adjacent) {
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        assertThat(nationalDay.getDayOfWeek()).isEqualTo(weekday);
        assertThat(province.nonWorkingDays(year))
                .contains(new NonWorkingDay(adjacent, HOLIDAY, "Quốc khánh", PROPOSED))
                .filteredOn(day -> day.name().equals("Quốc khánh")).hasSize(2);
    }

    @Test
    void nationalDayOnSundayGetsTheMondayBesideAndTuesdayAsCompensation() {
        assertThat(province.nonWorkingDays(2029)).filteredOn(day -> day.kind() != WEEKEND)
                .filteredOn(day -> day.date().getMonthValue() == 9)
                .containsExactly(
                        new NonWorkingDay(LocalDate.of(2029, 9, 2), HOLIDAY, "Quốc khánh", CONFIRMED),
                        new NonWorkingDay(LocalDate.of(2029, 9, 3), HOLIDAY, "Quốc khánh", PROPOSED),
                        new NonWorkingDay(LocalDate.of(2029, 9, 4), COMPENSATORY, "Nghỉ bù", CONFIRMED));
    }

    @Test
    void confirmingTheProposalConfirmsItsDaysAndTheirCompensation() {
        WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                CalendarOverride.ConfirmPlacement.asProposed(2025, MovableHoliday.TET, REF),
                CalendarOverride.ConfirmPlacement.asProposed(2025, MovableHoliday.NATIONAL_DAY_ADJACENT, REF)));
        assertThat(calendar.nonWorkingDays(2025)).filteredOn(day -> day.kind() != WEEKEND)
                .allSatisfy(day -> assertThat(day.status()).isEqualTo(CONFIRMED))
                .contains(new NonWorkingDay(LocalDate.of(2025, 2, 3), COMPENSATORY, "Nghỉ bù", CONFIRMED));
        assertThat(calendar.nonWorkingDays(2026)).filteredOn(day -> day.status() == PROPOSED).hasSize(6);
    }

    @Test
    void confirmedDatesReplaceTheProposal() {
        // The real 2025 decision: Tết from Monday 27/1 to Friday 31/1 (plus the weekends around it).
        List<LocalDate> tet = List.of(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
                LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31));
        WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.ConfirmPlacement(2025, MovableHoliday.TET, tet, REF, "Quyết định của Thủ tướng")));
        List<NonWorkingDay> days = calendar.nonWorkingDays(2025);
        assertThat(days).filteredOn(day -> day.name().equals("Tết Nguyên đán"))
                .extracting(NonWorkingDay::date).containsExactlyElementsOf(tet);
        assertThat(days).filteredOn(day -> day.name().equals("Tết Nguyên đán"))
                .allSatisfy(day -> assertThat(day.status()).isEqualTo(CONFIRMED));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).as("no compensation any more").isTrue();
        assertThat(days).contains(new NonWorkingDay(LocalDate.of(2025, 2, 1), WEEKEND, "Nghỉ hằng tuần", CONFIRMED));
    }

    @Test
    void confirmingTheDayBesideNationalDayKeepsSecondSeptember() {
        WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.ConfirmPlacement(2026, MovableHoliday.NATIONAL_DAY_ADJACENT,
                        List.of(LocalDate.of(2026, 9, 1)), REF, "")));
        assertThat(calendar.nonWorkingDays(2026)).filteredOn(day -> day.name().equals("Quốc khánh"))
                .containsExactly(
                        new NonWorkingDay(LocalDate.of(2026, 9, 1), HOLIDAY, "Quốc khánh", CONFIRMED),
                        new NonWorkingDay(LocalDate.of(2026, 9, 2), HOLIDAY, "Quốc khánh", CONFIRMED));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    }

    @Test
    void swappedWorkingDayAroundThirtiethOfApril2025() {
        // 2025: Friday 2/5 off, worked on Saturday 26/4 instead.
        WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.AddDayOff(LocalDate.of(2025, 5, 2), "Nghỉ hoán đổi", REF, "hoán đổi với 26/4"),
                new CalendarOverride.MakeUpWorkingDay(LocalDate.of(2025, 4, 26), REF, "làm bù cho 2/5")));
        assertThat(calendar.nonWorkingDays(2025))
                .contains(new NonWorkingDay(LocalDate.of(2025, 5, 2), DAY_OFF, "Nghỉ hoán đổi", CONFIRMED))
                .extracting(NonWorkingDay::date).doesNotContain(LocalDate.of(2025, 4, 26));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    }

    @Test
    void compensationIsRecomputedAfterOverrides() {
        // 2028: 30/4 (Sunday) is compensated on Tuesday 2/5. A declared day off on 2/5 pushes it to 3/5.
        WorkingCalendar dayOff = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.AddDayOff(LocalDate.of(2028, 5, 2), "Nghỉ", REF, "")));
        assertThat(dayOff.nonWorkingDays(2028))
                .contains(new NonWorkingDay(LocalDate.of(2028, 5, 2), DAY_OFF, "Nghỉ", CONFIRMED),
                        new NonWorkingDay(LocalDate.of(2028, 5, 3), COMPENSATORY, "Nghỉ bù", CONFIRMED));

        // Removing the Sunday holiday removes its compensation.
        WorkingCalendar removed = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.RemoveDayOff(LocalDate.of(2026, 4, 26), REF, "")));
        assertThat(removed.isWorkingDay(LocalDate.of(2026, 4, 27))).isTrue();
        assertThat(removed.nonWorkingDays(2026))
                .contains(new NonWorkingDay(LocalDate.of(2026, 4, 26), WEEKEND, "Nghỉ hằng tuần", CONFIRMED));

        // Removing the compensatory day itself cancels it rather than moving it.
        WorkingCalendar cancelled = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.RemoveDayOff(LocalDate.of(2028, 1, 3), REF, "")));
        assertThat(cancelled.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
        assertThat(cancelled.nonWorkingDays(2028)).filteredOn(day -> day.date().getMonthValue() == 1)
                .filteredOn(day -> day.kind() == COMPENSATORY).extracting(NonWorkingDay::date)
                .containsExactly(LocalDate.of(2028, 1, 31));
    }

    @Test
    void laterOverridesOfTheSameDateWin() {
        LocalDate day = LocalDate.of(2026, 3, 9);
        WorkingCalendar offThenOn = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.AddDayOff(day, "Nghỉ", REF, ""),
                new CalendarOverride.RemoveDayOff(day, REF, "")));
        WorkingCalendar onThenOff = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.RemoveDayOff(day, REF, ""),
                new CalendarOverride.AddDayOff(day, "Nghỉ", REF, "")));
        assertThat(offThenOn.isWorkingDay(day)).isTrue();
        assertThat(onThenOff.isWorkingDay(day)).isFalse();
    }

    @Test
    void removingAWeekendIsNotAMakeUpDay() {
        WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.RemoveDayOff(LocalDate.of(2026, 3, 7), REF, "")));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    }

    @Test
    void overridesNeedALegalReferenceAndAYearInRange() {
        assertThatThrownBy(() -> new CalendarOverride.AddDayOff(LocalDate.of(2026, 3, 9), "Nghỉ", " ", ""))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("legalReference");
        assertThatThrownBy(() -> new CalendarOverride.MakeUpWorkingDay(LocalDate.of(2101, 1, 1), REF, ""))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("year");
        assertThatThrownBy(() -> new CalendarOverride.ConfirmPlacement(2026, MovableHoliday.TET,
                List.of(LocalDate.of(2025, 2, 1)), REF, ""))
                .isInstanceOf(RefusedInput.class)
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("dates");
    }

    @Test
    void yearsOutsideTheRangeAreRejected() {
        assertThatThrownBy(() -> province.nonWorkingDays(1899))
                .isInstanceOf(RefusedInput.class)
                .hasMessageContaining("1900–2100")
                .extracting(e -> ((RefusedInput) e).field()).isEqualTo("year");
        assertThatThrownBy(() -> province.nonWorkingDays(2101)).isInstanceOf(RefusedInput.class);
        assertThat(province.nonWorkingDays(1900)).isNotEmpty();
        assertThat(province.nonWorkingDays(2100)).isNotEmpty();
    }
}
