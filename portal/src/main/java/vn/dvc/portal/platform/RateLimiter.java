package vn.dvc.portal.platform;

import java.time.Duration;

/**
 * Counts requests (or failures) per key in fixed windows, shared by every node (the counters live in
 * PostgreSQL, so two stateless nodes behind a load balancer apply one limit) — the one counter of the portal:
 * the look-up per client, feedback submissions and one-time codes, failed sign-ins per address and per unknown
 * name. A module names its own keys with a prefix of its own, e.g. {@code lookup:<keyed hash of the client
 * address>}; a client address is personal data, so hash it (with {@link PersonalDataProtection#matchingHash})
 * before it becomes a key. A key is always used with the same window.
 */
public interface RateLimiter {

    /**
     * Counts one request for {@code key} and says whether it is within {@code limit} requests per
     * {@code window}.
     *
     * @param limit  the most requests allowed in one window; 0 or less turns the limit off (nothing is counted)
     * @param window the length of a window, e.g. one minute
     */
    Decision hit(String key, int limit, Duration window);

    /**
     * Says, without counting, whether one more {@link #hit} would be allowed — for a limit on failures, checked
     * before the attempt and counted ({@link #hit}) only when it fails (e.g. {@code limit} failed sign-ins
     * per window: once they are reached, the next attempt is refused).
     */
    Decision peek(String key, int limit, Duration window);

    /**
     * The answer for one request.
     *
     * @param allowed    whether the request is within the limit
     * @param retryAfter when refused, how long until the window is over (at least one second); zero when allowed
     */
    record Decision(boolean allowed, Duration retryAfter) {

        public static Decision allow() {
            return new Decision(true, Duration.ZERO);
        }

        /** The {@code Retry-After} header's value: whole seconds, rounded up. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
