package vn.dvc.portal.calendar.internal;

/**
 * The lunar months of one "sui": from the start of month 11 (the month that holds the winter solstice)
 * of year Y−1 to the start of month 11 of year Y. A sui has 12 or 13 months; if 13, the first month
 * after month 11 in which the sun enters no new 30° sector (no major solar term, trung khí) is the leap
 * month and repeats the number of the month before it.
 *
 * <p>Months 11 and 12 of year Y−1 open the sui (plus a leap 11 or 12 if there is one); months 1 to 10
 * of lunar year Y follow.
 */
final class LunarSui {

    /** The year Y whose month 11 ends this sui. */
    final int endYear;
    /** JDN of the first day of each month, and at the end the first day of the next month 11. */
    private final long[] starts;
    /** Index of the leap month, or -1. */
    private final int leapIndex;
    /** Index of month 1 (tháng Giêng) of lunar year Y. */
    private final int monthOneIndex;

    private LunarSui(int endYear, long[] starts, int leapIndex) {
        this.endYear = endYear;
        this.starts = starts;
        this.leapIndex = leapIndex;
        this.monthOneIndex = leapIndex == 1 || leapIndex == 2 ? 3 : 2;
    }

    /** Computes the sui that ends with month 11 of {@code endYear}. */
    static LunarSui compute(int endYear, double offsetHours) {
        long first = monthElevenStart(endYear - 1, offsetHours);
        long last = monthElevenStart(endYear, offsetHours);
        long k = Astronomy.lunationNearest(first);
        long[] months = new long[14];
        int count = 0;
        months[0] = first;
        while (months[count] < last) {
            count++;
            if (count > 13) {
                throw new IllegalStateException("more than 13 lunar months before month 11 of " + endYear);
            }
            months[count] = Astronomy.newMoonDay(k + count, offsetHours);
        }
        if (months[count] != last || count < 12) {
            throw new IllegalStateException("inconsistent new moons before month 11 of " + endYear);
        }
        long[] starts = java.util.Arrays.copyOf(months, count + 1);
        int leap = count == 13 ? firstMonthWithoutMajorTerm(starts, offsetHours) : -1;
        return new LunarSui(endYear, starts, leap);
    }

    /**
     * The first day of month 11 of {@code year}: the new moon on or before the day of the winter solstice.
     * Taken as the last new moon before 31 December, or the one before it if the sun has already reached
     * 270° at the start of that new moon's day.
     */
    static long monthElevenStart(int year, double offsetHours) {
        long december31 = java.time.LocalDate.of(year, 12, 31).toEpochDay() + Astronomy.JDN_OF_EPOCH_DAY_0;
        long k = Astronomy.lunationBefore(december31);
        long newMoon = Astronomy.newMoonDay(k, offsetHours);
        if (newMoon > december31 || Astronomy.sunSector(newMoon, offsetHours) >= 9) {
            newMoon = Astronomy.newMoonDay(k - 1, offsetHours);
        }
        return newMoon;
    }

    private static int firstMonthWithoutMajorTerm(long[] starts, double offsetHours) {
        for (int i = 1; i < starts.length - 1; i++) {
            if (Astronomy.sunSector(starts[i], offsetHours) == Astronomy.sunSector(starts[i + 1], offsetHours)) {
                return i;
            }
        }
        throw new IllegalStateException("a 13-month lunar year without a month lacking a major term");
    }

    /** First day (JDN) of this sui. */
    long firstDay() {
        return starts[0];
    }

    /** First day (JDN) after this sui. */
    long endDay() {
        return starts[starts.length - 1];
    }

    /** Number of months. */
    int months() {
        return starts.length - 1;
    }

    /** The index of the month that contains local day {@code jdn}, which must lie in this sui. */
    int monthContaining(long jdn) {
        int i = months() - 1;
        while (starts[i] > jdn) {
            i--;
        }
        return i;
    }

    long monthStart(int index) {
        return starts[index];
    }

    int monthLength(int index) {
        return (int) (starts[index + 1] - starts[index]);
    }

    /** The month number 1–12 of the month at {@code index}. */
    int monthNumber(int index) {
        int shifted = leapIndex >= 0 && index >= leapIndex ? index - 1 : index;
        return (shifted + 10) % 12 + 1;
    }

    boolean isLeap(int index) {
        return index == leapIndex;
    }

    /** The lunar year the month at {@code index} belongs to. */
    int lunarYear(int index) {
        return index < monthOneIndex ? endYear - 1 : endYear;
    }

    /** The index of month {@code number} (leap or not) of lunar year {@code year} in this sui, or -1. */
    int indexOf(int number, boolean leap, int year) {
        for (int i = 0; i < months(); i++) {
            if (monthNumber(i) == number && isLeap(i) == leap && lunarYear(i) == year) {
                return i;
            }
        }
        return -1;
    }
}
