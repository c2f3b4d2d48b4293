package vn.dvc.portal.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counters of failed sign-ins in fixed windows, kept in PostgreSQL so that every node sees the same
 * counts: one per client address ({@code ip:…}) and one per sign-in name that belongs to no account
 * ({@code login:<keyed hash>}), so that an unknown name is locked exactly like a known one.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;

    SignInThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Failures counted for the key in its current window (0 when the window is over). */
    int failures(String key, Duration window, Instant now) {
        return jdbc.sql("""
                        SELECT failures FROM identity_sign_in_throttle
                        WHERE throttle_key = :key AND window_start > :since""")
                .param("key", key).param("since", Timestamp.from(now.minus(window)))
                .query(Integer.class).optional().orElse(0);
    }

    /** Counts one failure, opening a new window when the last one is over; returns the count. */
    int recordFailure(String key, Duration window, Instant now) {
        return jdbc.sql("""
                        INSERT INTO identity_sign_in_throttle AS t (throttle_key, window_start, failures)
                        VALUES (:key, :now, 1)
                        ON CONFLICT (throttle_key) DO UPDATE SET
                            failures = CASE WHEN t.window_start <= :since THEN 1 ELSE t.failures + 1 END,
                            window_start = CASE WHEN t.window_start <= :since THEN :now ELSE t.window_start END
                        RETURNING failures""")
                .param("key", key).param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(window)))
                .query(Integer.class).single();
    }

    /** Removes windows that are over (housekeeping). */
    int forgetBefore(Instant before) {
        return jdbc.sql("DELETE FROM identity_sign_in_throttle WHERE window_start < :before")
                .param("before", Timestamp.from(before)).update();
    }
}
