package vn.dvc.portal.calendar.bench;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingHours;

/**
 * Due-date computations per second on one thread: random starts in 2025–2028 (any time of day) and
 * random allowances of 1–30 working days, province default hours. Goal: ≥ 100,000 ops/s.
 *
 * <p>Run: {@code java -cp <test classes + test classpath> org.openjdk.jmh.Main CalendarBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class CalendarBenchmark {

    private static final int SAMPLES = 4096;

    private WorkingCalendar calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());
    private final Instant[] starts = new Instant[SAMPLES];
    private final Allowance[] allowances = new Allowance[SAMPLES];
    private int next;

    @Setup
    public void prepare() {
        calendar = WorkingCalendar.of(WorkingHours.provinceDefault(), List.of());
        SplittableRandom random = new SplittableRandom(20_250_101L);
        long from = OffsetDateTime.parse("2025-01-01T00:00+07:00").toEpochSecond();
        long to = OffsetDateTime.parse("2029-01-01T00:00+07:00").toEpochSecond();
        for (int i = 0; i < SAMPLES; i++) {
            starts[i] = Instant.ofEpochSecond(random.nextLong(from, to));
            allowances[i] = Allowance.workingDays(random.nextInt(1, 31));
        }
        for (int i = 0; i < SAMPLES; i++) {
            calendar.due(starts[i], allowances[i]); // builds the year tables outside the measurement
        }
    }

    @Benchmark
    public OffsetDateTime dueInWorkingDays() {
        int i = next++ & (SAMPLES - 1);
        return calendar.due(starts[i], allowances[i]);
    }
}
