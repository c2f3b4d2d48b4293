package vn.dvc.portal.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dvc.portal.calendar.DayKind;
import vn.dvc.portal.calendar.DayStatus;
import vn.dvc.portal.calendar.NonWorkingDay;

/**
 * One year of an agency's calendar, precomputed: the opening hours of every day and the working time
 * accumulated before every day, so that a position in working time maps to a day by binary search and
 * whole days are skipped without looking at them. Immutable.
 */
final class YearTable {

    static final String WEEKLY_REST = "Nghỉ hằng tuần";

    final int year;
    /** Epoch day of 1 January. */
    final long firstEpochDay;
    private final DaySchedule[] days;
    /** {@code cumulative[i]} = working time in the year before day i; one more entry than days. */
    private final long[] cumulative;
    private final List<NonWorkingDay> nonWorkingDays;

    private YearTable(int year, DaySchedule[] days, long[] cumulative, List<NonWorkingDay> nonWorkingDays) {
        this.year = year;
        this.firstEpochDay = LocalDate.of(year, 1, 1).toEpochDay();
        this.days = days;
        this.cumulative = cumulative;
        this.nonWorkingDays = List.copyOf(nonWorkingDays);
    }

    static YearTable build(int year, OpeningHours hours, DayOffPlan plan) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int length = first.lengthOfYear();
        DaySchedule[] days = new DaySchedule[length];
        long[] cumulative = new long[length + 1];
        List<NonWorkingDay> nonWorking = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            LocalDate date = first.plusDays(i);
            NonWorkingDay off = plan.daysOff().get(date);
            DaySchedule day;
            if (off != null) {
                day = DaySchedule.CLOSED;
                nonWorking.add(off);
            } else if (plan.makeUpDays().contains(date)) {
                day = hours.makeUpDay(date);
            } else {
                day = hours.on(date);
                if (!day.isOpen()) {
                    nonWorking.add(new NonWorkingDay(date, DayKind.WEEKEND, WEEKLY_REST, DayStatus.CONFIRMED));
                }
            }
            days[i] = day;
            cumulative[i + 1] = cumulative[i] + day.total();
        }
        return new YearTable(year, days, cumulative, nonWorking);
    }

    int length() {
        return days.length;
    }

    /** Working time in the whole year. */
    long total() {
        return cumulative[days.length];
    }

    DaySchedule day(int index) {
        return days[index];
    }

    /** Working time in the year before day {@code index}. */
    long before(int index) {
        return cumulative[index];
    }

    /** Working time in the year up to {@code nanoOfDay} on day {@code index}. */
    long positionAt(int index, long nanoOfDay) {
        return cumulative[index] + days[index].workedUntil(nanoOfDay);
    }

    /** The day on which working position {@code position} (0 &lt; position ≤ total) is first reached. */
    int dayReaching(long position) {
        int low = 0;
        int high = days.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle + 1] >= position) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The day on which work goes on after position {@code position} (0 ≤ position &lt; total). */
    int dayResuming(long position) {
        int low = 0;
        int high = days.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle + 1] > position) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Weekly rest days, holidays, compensatory days and days off, in date order. */
    List<NonWorkingDay> nonWorkingDays() {
        return nonWorkingDays;
    }
}
