package vn.dvc.portal.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Moves the portal's clock for the current thread only — <strong>for generating demo data only</strong>, so
 * that demo dossiers of the past year are made by the same domain code as real ones, with consistent histories
 * and timings. The platform's {@link Clock} bean ({@link #over(Clock)}) answers the moved instant on this thread
 * while the work runs, and the ordinary time everywhere else; the previous instant is always restored. It
 * refuses to run on a request thread: a request never sees a moved clock.
 *
 * <pre>{@code
 * UUID id = DemoTime.at(receivedAt, () -> intake.receiveAtDesk(walkIn));
 * }</pre>
 *
 * A test that replaces the clock with its own fixed {@code @Primary} clock is not moved; {@link #follows(Clock)}
 * tells a generator so.
 */
public final class DemoTime {

    private static final ThreadLocal<@Nullable Instant> MOVED = new ThreadLocal<>();

    private DemoTime() {
    }

    /** Runs {@code work} with the clock at {@code instant} on this thread, and returns its result. */
    public static <T> T at(Instant instant, Supplier<T> work) {
        Objects.requireNonNull(instant);
        if (RequestContextHolder.getRequestAttributes() != null) {
            throw new IllegalStateException("the demo time is never moved on a request thread");
        }
        Instant previous = MOVED.get();
        MOVED.set(instant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                MOVED.remove();
            } else {
                MOVED.set(previous);
            }
        }
    }

    /** Runs {@code work} with the clock at {@code instant} on this thread. */
    public static void runAt(Instant instant, Runnable work) {
        at(instant, () -> {
            work.run();
            return null;
        });
    }

    /** Whether {@code clock} follows the demo time (false for a test's own fixed clock). */
    public static boolean follows(Clock clock) {
        Instant probe = Instant.parse("2000-01-03T03:00:00Z");
        return at(probe, clock::instant).equals(probe);
    }

    /** The platform's clock: {@code base}, except on a thread inside {@link #at(Instant, Supplier)}. */
    public static Clock over(Clock base) {
        return new MovableClock(base);
    }

    private static final class MovableClock extends Clock {

        private final Clock base;

        MovableClock(Clock base) {
            this.base = Objects.requireNonNull(base);
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MovableClock(base.withZone(zone));
        }

        @Override
        public Instant instant() {
            Instant moved = MOVED.get();
            return moved != null ? moved : base.instant();
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MovableClock clock && clock.base.equals(base);
        }

        @Override
        public int hashCode() {
            return base.hashCode() ^ 0x5eed;
        }

        @Override
        public String toString() {
            return "DemoTime.over(" + base + ")";
        }
    }
}
