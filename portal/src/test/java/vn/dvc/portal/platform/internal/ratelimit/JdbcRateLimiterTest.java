package vn.dvc.portal.platform.internal.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import vn.dvc.portal.platform.RateLimiter;
import vn.dvc.portal.platform.TestClock;

/**
 * The shared fixed-window rate limit on a real PostgreSQL: the limit holds within a window and resets after it,
 * with the time left as Retry-After; once refused, a key is refused by the node without a query until its
 * window ends; two nodes (two limiters on one database) hitting one key at once allow
 * exactly the limit together; a limit of 0 counts nothing; a peek counts nothing; windows are removed once
 * they are over.
 */
@ApplicationModuleTest
class JdbcRateLimiterTest {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    JdbcClient jdbc;

    final TestClock clock = new TestClock(Instant.parse("2026-12-02T02:00:00Z"));

    @Test
    void theLimitHoldsInAWindowAndResetsAfterIt() {
        RateLimiter limiter = new JdbcRateLimiter(jdbc, clock);
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.hit(key, 3, MINUTE).allowed()).isTrue();
        }
        clock.advance(Duration.ofSeconds(20));
        RateLimiter.Decision refused = limiter.hit(key, 3, MINUTE);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(40);
        assertThat(limiter.hit("test:" + UUID.randomUUID(), 3, MINUTE).allowed()).as("another key").isTrue();

        clock.advance(Duration.ofSeconds(40));
        assertThat(limiter.hit(key, 3, MINUTE).allowed()).as("a new window").isTrue();
        assertThat(hits(key)).isOne();
    }

    @Test
    void aRefusedKeyCostsThisNodeNoMoreDatabaseWorkUntilItsWindowEnds() {
        RateLimiter limiter = new JdbcRateLimiter(jdbc, clock);
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            limiter.hit(key, 2, MINUTE);
        }
        assertThat(limiter.hit(key, 2, MINUTE).allowed()).isFalse();
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.hit(key, 2, MINUTE).allowed()).isFalse();
        }
        assertThat(hits(key)).isEqualTo(3);
        clock.advance(MINUTE);
        assertThat(limiter.hit(key, 2, MINUTE).allowed()).isTrue();
    }

    @Test
    void twoNodesAllowExactlyTheLimitTogether() throws Exception {
        List<RateLimiter> nodes = List.of(new JdbcRateLimiter(jdbc, clock), new JdbcRateLimiter(jdbc, clock));
        String key = "test:" + UUID.randomUUID();
        List<Callable<Boolean>> hits = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            RateLimiter node = nodes.get(i % 2);
            hits.add(() -> node.hit(key, 30, MINUTE).allowed());
        }
        int allowed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Boolean> hit : pool.invokeAll(hits)) {
                allowed += hit.get() ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(30);
    }

    @Test
    void aLimitOfZeroCountsNothing() {
        RateLimiter limiter = new JdbcRateLimiter(jdbc, clock);
        String key = "test:" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.hit(key, 0, MINUTE).allowed()).isTrue();
        }
        assertThat(stored(key)).isEmpty();
    }

    @Test
    void windowsLongOverAreRemoved() {
        JdbcRateLimiter limiter = new JdbcRateLimiter(jdbc, clock);
        String old = "test:" + UUID.randomUUID();
        limiter.hit(old, 5, MINUTE);
        clock.advance(Duration.ofHours(2));
        String recent = "test:" + UUID.randomUUID();
        limiter.hit(recent, 5, MINUTE);
        limiter.forgetOldWindows();
        assertThat(stored(old, recent)).containsExactly(recent);
    }

    /** A long window (a sign-in lockout of two hours) is kept until it is over, however old it is. */
    @Test
    void onlyWindowsThatAreOverAreRemoved() {
        JdbcRateLimiter limiter = new JdbcRateLimiter(jdbc, clock);
        String lockout = "test:" + UUID.randomUUID();
        String minute = "test:" + UUID.randomUUID();
        limiter.hit(lockout, 6, Duration.ofHours(2));
        limiter.hit(minute, 5, MINUTE);
        clock.advance(Duration.ofMinutes(90));
        limiter.forgetOldWindows();
        assertThat(stored(lockout, minute)).containsExactly(lockout);
        clock.advance(Duration.ofMinutes(31));
        limiter.forgetOldWindows();
        assertThat(stored(lockout)).isEmpty();
    }

    /** A limit on failures: checked before the attempt, counted only when it fails. */
    @Test
    void aPeekCountsNothingAndRefusesOnceTheLimitIsReached() {
        RateLimiter limiter = new JdbcRateLimiter(jdbc, clock);
        String key = "test:" + UUID.randomUUID();
        for (int failure = 1; failure <= 3; failure++) {
            assertThat(limiter.peek(key, 3, MINUTE).allowed()).as("before failure %d", failure).isTrue();
            assertThat(limiter.hit(key, 3, MINUTE).allowed()).isTrue();
        }
        clock.advance(Duration.ofSeconds(15));
        RateLimiter.Decision refused = limiter.peek(key, 3, MINUTE);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(45);
        assertThat(hits(key)).isEqualTo(3);
        assertThat(limiter.peek("test:" + UUID.randomUUID(), 3, MINUTE).allowed()).as("an unknown key").isTrue();
        assertThat(limiter.peek(key, 0, MINUTE).allowed()).as("no limit").isTrue();

        clock.advance(Duration.ofSeconds(45));
        assertThat(limiter.peek(key, 3, MINUTE).allowed()).as("a new window").isTrue();
    }

    private int hits(String key) {
        return jdbc.sql("SELECT hits FROM platform_rate_limit WHERE limit_key = :key").param("key", key)
                .query(Integer.class).single();
    }

    /** Which of the keys have a row. */
    private List<String> stored(String... keys) {
        return jdbc.sql("SELECT limit_key FROM platform_rate_limit WHERE limit_key IN (:keys)")
                .param("keys", List.of(keys)).query(String.class).list();
    }
}
