package vn.dvc.portal.platform.internal.ratelimit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.platform.RateLimiter;

/**
 * {@link RateLimiter} on the table {@code platform_rate_limit}: one {@code INSERT … ON CONFLICT DO UPDATE …
 * RETURNING} per request, which opens a new window when the key's last one is over and otherwise adds one
 * hit, atomically on any number of nodes. The statement runs outside the caller's transaction, on its own
 * (autocommit: the key's row is locked for that one statement only), so a refused request's rollback never
 * undoes its count; the table is unlogged (no WAL flush; counts need no durability). Once a key is refused,
 * this node refuses it without asking the database until its window ends — counts never fall within a window —
 * so a client hammering the portal costs no database work. A {@link #peek} is one primary-key read. Each row
 * knows when its window ends; windows over are removed every ten minutes.
 */
@Component
class JdbcRateLimiter implements RateLimiter {

    /** At most this many refused keys are remembered on this node (then the memory starts again). */
    private static final int REMEMBERED = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<String, Instant> refusedUntil = new ConcurrentHashMap<>();

    JdbcRateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Decision hit(String key, int limit, Duration window) {
        return limit <= 0 ? Decision.allow() : rememberedOr(key, now -> count(key, limit, window, now));
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Decision peek(String key, int limit, Duration window) {
        return limit <= 0 ? Decision.allow() : rememberedOr(key, now -> jdbc.sql("""
                        SELECT window_start, hits FROM platform_rate_limit
                        WHERE limit_key = :key AND window_start > :since""")
                .param("key", key).param("since", Timestamp.from(now.minus(window)))
                .query(JdbcRateLimiter::window).optional()
                .filter(counted -> counted.hits() >= limit)
                .map(counted -> refused(now, counted.start().plus(window)))
                .orElseGet(Decision::allow));
    }

    /** The refusal this node remembers for the key until its window ends, else what the database says. */
    private Decision rememberedOr(String key, Function<Instant, Decision> database) {
        Instant now = clock.instant();
        Instant until = refusedUntil.get(key);
        if (until != null) {
            if (now.isBefore(until)) {
                return new Decision(false, Duration.between(now, until));
            }
            refusedUntil.remove(key, until);
        }
        return database.apply(now);
    }

    private Decision count(String key, int limit, Duration window, Instant now) {
        Window counted = jdbc.sql("""
                        INSERT INTO platform_rate_limit AS r (limit_key, window_start, window_end, hits)
                        VALUES (:key, :now, :end, 1)
                        ON CONFLICT (limit_key) DO UPDATE SET
                            hits = CASE WHEN r.window_start <= :since THEN 1 ELSE r.hits + 1 END,
                            window_end = CASE WHEN r.window_start <= :since THEN :end ELSE r.window_end END,
                            window_start = CASE WHEN r.window_start <= :since THEN :now ELSE r.window_start END
                        RETURNING window_start, hits""")
                .param("key", key).param("now", Timestamp.from(now)).param("end", Timestamp.from(now.plus(window)))
                .param("since", Timestamp.from(now.minus(window)))
                .query(JdbcRateLimiter::window).single();
        if (counted.hits() <= limit) {
            return Decision.allow();
        }
        Instant end = counted.start().plus(window);
        if (end.isAfter(now)) {
            if (refusedUntil.size() >= REMEMBERED) {
                refusedUntil.clear();
            }
            refusedUntil.put(key, end);
        }
        return refused(now, end);
    }

    private static Decision refused(Instant now, Instant end) {
        Duration left = Duration.between(now, end);
        return new Decision(false, left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    private record Window(Instant start, int hits) {
    }

    private static Window window(ResultSet rs, int row) throws SQLException {
        return new Window(rs.getTimestamp("window_start").toInstant(), rs.getInt("hits"));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetOldWindows() {
        jdbc.sql("DELETE FROM platform_rate_limit WHERE window_end < :now")
                .param("now", Timestamp.from(clock.instant())).update();
    }
}
