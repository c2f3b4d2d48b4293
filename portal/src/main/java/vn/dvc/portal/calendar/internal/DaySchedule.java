package vn.dvc.portal.calendar.internal;

import java.util.List;

import vn.dvc.portal.calendar.WorkingInterval;

/**
 * The opening hours of one day as arrays of nanoseconds since local midnight, with the working time
 * accumulated before each interval, so that "how much has been worked by time t" and "at what time has
 * w been worked" take a few comparisons.
 */
final class DaySchedule {

    static final DaySchedule CLOSED = new DaySchedule(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;
    /** Working time before interval i. */
    private final long[] before;
    private final long total;

    private DaySchedule(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
        this.before = new long[starts.length];
        long sum = 0;
        for (int i = 0; i < starts.length; i++) {
            before[i] = sum;
            sum += ends[i] - starts[i];
        }
        this.total = sum;
    }

    static DaySchedule of(List<WorkingInterval> intervals) {
        if (intervals.isEmpty()) {
            return CLOSED;
        }
        long[] starts = new long[intervals.size()];
        long[] ends = new long[intervals.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = intervals.get(i).start().toNanoOfDay();
            ends[i] = intervals.get(i).end().toNanoOfDay();
        }
        return new DaySchedule(starts, ends);
    }

    /** Working time in the whole day. */
    long total() {
        return total;
    }

    boolean isOpen() {
        return total > 0;
    }

    /** Closing time: the end of the last interval. Only for open days. */
    long closing() {
        return ends[ends.length - 1];
    }

    /** Working time from midnight up to {@code nanoOfDay}. */
    long workedUntil(long nanoOfDay) {
        for (int i = 0; i < starts.length; i++) {
            if (nanoOfDay < ends[i]) {
                return before[i] + Math.max(0, nanoOfDay - starts[i]);
            }
        }
        return total;
    }

    /** The earliest time of day at which {@code worked} (0 &lt; worked ≤ total) has been worked. */
    long reaching(long worked) {
        for (int i = 0; i < starts.length; i++) {
            if (worked <= before[i] + ends[i] - starts[i]) {
                return starts[i] + worked - before[i];
            }
        }
        throw new IllegalArgumentException("more than a day's working time: " + worked);
    }

    /** The time of day at which work resumes after {@code worked} (0 ≤ worked &lt; total) has been worked. */
    long resuming(long worked) {
        for (int i = 0; i < starts.length; i++) {
            if (worked < before[i] + ends[i] - starts[i]) {
                return starts[i] + worked - before[i];
            }
        }
        throw new IllegalArgumentException("no working time left in the day after " + worked);
    }
}
