package vn.dvc.portal.platform.internal.ratelimit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.platform.RateLimiter;

/**
 * {@link RateLimiter} on the table {@code platform_rate_limit}: one {@code INSERT … ON CONFLICT DO UPDATE …
 * RETURNING} per request, which opens a new window when the key's last one is over and otherwise adds one
 * hit, atomically on any number of nodes. It runs in its own short transaction, so a refused request's
 * rollback never undoes its count. The table is unlogged (no WAL flush while the key's row is locked; counts
 * need no durability). Windows over for an hour are removed every ten minutes.
 */
@Component
class JdbcRateLimiter implements RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcRateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Decision hit(String key, int limit, Duration window) {
        if (limit <= 0) {
            return Decision.allow();
        }
        Instant now = clock.instant();
        Window counted = jdbc.sql("""
                        INSERT INTO platform_rate_limit AS r (limit_key, window_start, hits)
                        VALUES (:key, :now, 1)
                        ON CONFLICT (limit_key) DO UPDATE SET
                            hits = CASE WHEN r.window_start <= :since THEN 1 ELSE r.hits + 1 END,
                            window_start = CASE WHEN r.window_start <= :since THEN :now ELSE r.window_start END
                        RETURNING window_start, hits""")
                .param("key", key).param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(window)))
                .query((rs, n) -> new Window(rs.getTimestamp("window_start").toInstant(), rs.getInt("hits")))
                .single();
        if (counted.hits() <= limit) {
            return Decision.allow();
        }
        Duration left = Duration.between(now, counted.start().plus(window));
        return new Decision(false, left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    private record Window(Instant start, int hits) {
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetOldWindows() {
        jdbc.sql("DELETE FROM platform_rate_limit WHERE window_start < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofHours(1)))).update();
    }
}
