package vn.dvc.portal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move by hand (zone Asia/Ho_Chi_Minh); register it as the {@code @Primary} Clock bean, e.g. with
 * {@link ApplicationClock}. The shared test configuration ({@link PortalTest}) has one that follows the real time
 * ({@link #following()}) until a test {@linkplain #set sets} it; such a test {@linkplain #reset() resets} it
 * afterwards.
 */
public final class TestClock extends Clock {

    private final AtomicReference<@Nullable Instant> now;
    private final ZoneId zone;

    public TestClock(Instant start) {
        this(new AtomicReference<>(start), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private TestClock(AtomicReference<@Nullable Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at the real time until a test sets it. */
    public static TestClock following() {
        return new TestClock(new AtomicReference<>(), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Back to the real time. */
    public void reset() {
        now.set(null);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> (instant == null ? Instant.now() : instant).plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        Instant set = now.get();
        return set != null ? set : Instant.now();
    }

    /**
     * The application's clock in tests: a {@link TestClock} at the real time until a test sets it (inject it as
     * {@code TestClock}), under the demo generator's clock ({@link DemoTime}) as production has it.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class ApplicationClock {

        @Bean
        TestClock testClock() {
            return following();
        }

        @Bean
        @Primary
        Clock applicationTestClock(TestClock clock) {
            return DemoTime.over(clock);
        }
    }
}
