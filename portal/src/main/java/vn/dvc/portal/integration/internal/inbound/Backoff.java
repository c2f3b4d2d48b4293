package vn.dvc.portal.integration.internal.inbound;

import java.time.Duration;
import java.util.List;

/** When to try a message to the National Portal again: 1, 2, 5, 10, 30 minutes, 1 hour, then every 3 hours. */
final class Backoff {

    private static final List<Duration> STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1));
    private static final Duration AFTERWARDS = Duration.ofHours(3);

    private Backoff() {
    }

    /** The wait after the given number of failed attempts (1 or more). */
    static Duration after(int attempts) {
        return attempts >= 1 && attempts <= STEPS.size() ? STEPS.get(attempts - 1) : AFTERWARDS;
    }
}
