package vn.dvc.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Due instants (hạn xử lý) for the province default hours, Monday–Friday 07:30–11:30 and 13:00–17:00,
 * with the proposed holiday placements of 2025–2028 (see {@link NonWorkingDaysTest}).
 */
class DueDateTest {

    private static final String REF = "Công văn (test)";

    private final WorkingCalendar province = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());

    @ParameterizedTest(name = "[{index}] {0} + {1} {2} = {3}")
    @CsvSource(textBlock = """
            # start,                     amount, unit,          expected due
            # --- inside one day, lunch break
            2025-03-03T10:30+07:00,           2, WORKING_HOURS, 2025-03-03T14:00+07:00
            2025-03-03T12:00+07:00,           1, WORKING_HOURS, 2025-03-03T14:00+07:00
            2025-03-03T11:30+07:00,           4, WORKING_HOURS, 2025-03-03T17:00+07:00
            2025-03-03T10:15:30.5+07:00,      1, WORKING_HOURS, 2025-03-03T11:15:30.5+07:00
            # the earliest instant: a full day from opening ends at closing, not next morning
            2025-03-03T07:30+07:00,           1, WORKING_DAYS,  2025-03-03T17:00+07:00
            2025-03-03T10:15+07:00,           1, WORKING_DAYS,  2025-03-04T10:15+07:00
            2025-03-03T03:15:00Z,             1, WORKING_DAYS,  2025-03-04T10:15+07:00
            2025-03-03T10:15+07:00,           0, WORKING_DAYS,  2025-03-03T10:15+07:00
            # --- received outside opening hours
            2025-03-03T06:00+07:00,           1, WORKING_HOURS, 2025-03-03T08:30+07:00
            2025-03-03T18:00+07:00,           1, WORKING_HOURS, 2025-03-04T08:30+07:00
            2025-03-03T18:00+07:00,           0, WORKING_HOURS, 2025-03-04T07:30+07:00
            2025-03-07T16:00+07:00,           2, WORKING_HOURS, 2025-03-10T08:30+07:00
            2025-03-08T09:00+07:00,           1, WORKING_DAYS,  2025-03-10T17:00+07:00
            # --- Tết 2025 (Tue 28/1 – Sat 1/2, compensatory Mon 3/2) and 2026 (Mon 16/2 – Fri 20/2)
            2025-01-27T16:00+07:00,           2, WORKING_DAYS,  2025-02-05T16:00+07:00
            2026-02-13T14:00+07:00,           1, WORKING_DAYS,  2026-02-23T14:00+07:00
            2026-02-17T09:00+07:00,           0, WORKING_HOURS, 2026-02-23T07:30+07:00
            # --- Giỗ Tổ: Monday 7/4/2025; Sunday 26/4/2026 with compensatory Monday 27/4
            2025-04-04T15:00+07:00,           1, WORKING_DAYS,  2025-04-08T15:00+07:00
            2026-04-24T17:00+07:00,           1, WORKING_DAYS,  2026-04-28T17:00+07:00
            # --- 30/4–1/5 bridge: 2025 (Wed, Thu) and 2026 (Thu, Fri)
            2025-04-29T08:00+07:00,           2, WORKING_DAYS,  2025-05-05T08:00+07:00
            2026-04-29T15:00+07:00,           4, WORKING_HOURS, 2026-05-04T09:30+07:00
            # --- 2/9: 2025 Mon 1/9 + Tue 2/9; 2026 Wed 2/9 + Thu 3/9
            2025-08-29T13:00+07:00,           1, WORKING_DAYS,  2025-09-03T11:30+07:00
            2026-09-01T17:00+07:00,           1, WORKING_HOURS, 2026-09-04T08:30+07:00
            # --- holiday on a Saturday: 1/5/2027, compensatory Monday 3/5
            2027-04-29T15:00+07:00,           1, WORKING_DAYS,  2027-05-04T15:00+07:00
            # --- holiday on a Sunday: 30/4/2028 (1/5 Monday), compensatory Tuesday 2/5
            2028-04-28T09:00+07:00,           1, WORKING_DAYS,  2028-05-03T09:00+07:00
            # --- 1/1/2028 is a Saturday, compensatory Monday 3/1: across the year end
            2027-12-31T16:00+07:00,           2, WORKING_HOURS, 2028-01-04T08:30+07:00
            # --- long allowances
            2025-03-03T07:30+07:00,          15, WORKING_DAYS,  2025-03-21T17:00+07:00
            2025-12-22T09:00+07:00,          30, WORKING_DAYS,  2026-02-03T09:00+07:00
            # --- calendar days: close of business of start day + n, moved to the next working day
            2025-03-05T09:00+07:00,           2, CALENDAR_DAYS, 2025-03-07T17:00+07:00
            2025-03-03T10:15+07:00,           5, CALENDAR_DAYS, 2025-03-10T17:00+07:00
            2025-03-03T10:15+07:00,           0, CALENDAR_DAYS, 2025-03-03T17:00+07:00
            2025-03-08T10:00+07:00,           1, CALENDAR_DAYS, 2025-03-11T17:00+07:00
            2025-03-03T17:30+07:00,           1, CALENDAR_DAYS, 2025-03-05T17:00+07:00
            2026-02-10T09:00+07:00,           7, CALENDAR_DAYS, 2026-02-23T17:00+07:00
            2025-04-15T10:00+07:00,          15, CALENDAR_DAYS, 2025-05-02T17:00+07:00
            """)
    void provinceDefault(OffsetDateTime start, int amount, DurationUnit unit, OffsetDateTime expected) {
        OffsetDateTime due = province.due(start.toInstant(), new Allowance(amount, unit));
        assertThat(due).isEqualTo(expected);
        assertThat(due.getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @ParameterizedTest(name = "[{index}] {0} + {1} {2}, cut-off {3} = {4}")
    @CsvSource(textBlock = """
            # start,                amount, unit,          cut-off, expected due
            2025-03-03T15:30+07:00,      1, WORKING_DAYS,  15:00,   2025-03-04T17:00+07:00
            2025-03-03T15:00+07:00,      1, WORKING_DAYS,  15:00,   2025-03-04T15:00+07:00
            2025-03-03T14:59+07:00,      1, WORKING_DAYS,  15:00,   2025-03-04T14:59+07:00
            2025-03-03T15:30+07:00,      0, WORKING_DAYS,  15:00,   2025-03-04T07:30+07:00
            2025-03-07T16:00+07:00,      1, WORKING_DAYS,  15:00,   2025-03-10T17:00+07:00
            2025-03-03T15:30+07:00,      4, WORKING_HOURS, 15:00,   2025-03-04T11:30+07:00
            2025-03-03T15:30+07:00,      1, CALENDAR_DAYS, 15:00,   2025-03-05T17:00+07:00
            2025-03-03T14:30+07:00,      1, CALENDAR_DAYS, 15:00,   2025-03-04T17:00+07:00
            # received after 15:00 on the eve of Tết 2026: counting starts Monday 23/2
            2026-02-13T15:10+07:00,      1, WORKING_DAYS,  15:00,   2026-02-23T17:00+07:00
            """)
    void perProcedureCutOff(OffsetDateTime start, int amount, DurationUnit unit, LocalTime cutoff,
                            OffsetDateTime expected) {
        assertThat(province.due(start.toInstant(), new Allowance(amount, unit), cutoff)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} + {1} {2} = {3}")
    @CsvSource(textBlock = """
            # 2025 decision: Friday 2/5 off, Saturday 26/4 worked with weekday hours
            2025-04-26T07:30+07:00,  1, WORKING_DAYS,  2025-04-26T17:00+07:00
            2025-04-25T08:00+07:00,  2, WORKING_DAYS,  2025-04-28T08:00+07:00
            2025-04-29T08:00+07:00,  2, WORKING_DAYS,  2025-05-06T08:00+07:00
            2025-04-24T10:00+07:00,  2, CALENDAR_DAYS, 2025-04-26T17:00+07:00
            2025-04-25T17:00+07:00,  1, CALENDAR_DAYS, 2025-04-28T17:00+07:00
            """)
    void makeUpSaturdayAndSwappedDayOff(OffsetDateTime start, int amount, DurationUnit unit, OffsetDateTime expected) {
        WorkingCalendar swapped = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of(
                new CalendarOverride.AddDayOff(LocalDate.of(2025, 5, 2), "Nghỉ hoán đổi", REF, ""),
                new CalendarOverride.MakeUpWorkingDay(LocalDate.of(2025, 4, 26), REF, "")));
        assertThat(swapped.due(start.toInstant(), new Allowance(amount, unit))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} + {1} {2} = {3}")
    @CsvSource(textBlock = """
            # Saturday 07:30–11:30 counts
            2025-03-07T16:00+07:00,  8, WORKING_HOURS, 2025-03-10T10:30+07:00
            2025-03-08T10:30+07:00,  2, WORKING_HOURS, 2025-03-10T08:30+07:00
            # ... but not when the Saturday is a holiday (1/5/2027); compensation is national: Monday 3/5
            2027-04-29T15:00+07:00,  1, WORKING_DAYS,  2027-05-04T15:00+07:00
            # summer hours (1/5–30/9) 07:00–11:30 and 13:30–17:00
            2025-06-02T06:00+07:00,  1, WORKING_HOURS, 2025-06-02T08:00+07:00
            2025-06-02T12:00+07:00,  1, WORKING_HOURS, 2025-06-02T14:30+07:00
            2025-09-30T16:00+07:00,  2, WORKING_HOURS, 2025-10-01T08:30+07:00
            2025-06-02T07:00+07:00,  1, CALENDAR_DAYS, 2025-06-03T17:00+07:00
            """)
    void agencyWithSaturdayMorningAndSummerHours(OffsetDateTime start, int amount, DurationUnit unit,
                                                 OffsetDateTime expected) {
        WeeklySchedule summer = WeeklySchedule.mondayToFriday(WorkingInterval.parse("07:00-11:30"),
                        WorkingInterval.parse("13:30-17:00"))
                .with(java.time.DayOfWeek.SATURDAY, WorkingHours.MORNING);
        WorkingHours hours = WorkingHours.withSaturdayMorning()
                .withSeason(new SeasonalHours("Giờ mùa hè", MonthDay.of(5, 1), MonthDay.of(9, 30), summer));
        WorkingCalendar agency = WorkingCalendar.of(hours, List.of());
        assertThat(agency.due(start.toInstant(), new Allowance(amount, unit))).isEqualTo(expected);
    }
}
