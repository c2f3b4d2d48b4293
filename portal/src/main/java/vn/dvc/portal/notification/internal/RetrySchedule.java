package vn.dvc.portal.notification.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a message again: 1 minute after the first failed attempt, then 5 minutes, 30 minutes, 2 hours,
 * 6 hours and 12 hours; after the {@value #MAX_ATTEMPTS}th failed attempt (about 21 hours) it is FAILED.
 */
final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));
    static final int MAX_ATTEMPTS = DELAYS.size() + 1;

    private RetrySchedule() {
    }

    /** The wait after failed attempt number {@code attempts} (1-based), or empty when it was the last. */
    static Optional<Duration> delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1");
        }
        return attempts <= DELAYS.size() ? Optional.of(DELAYS.get(attempts - 1)) : Optional.empty();
    }
}
