package vn.dvc.portal.integration.internal.outbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the National Portal sync's worker runs ({@code dvc.national-portal.sync.*}, the
 * {@code DVC_NATIONAL_PORTAL_SYNC_*} settings in the README). The worker also starts right after every commit that
 * writes messages, so the poll interval matters only for retries and after a restart.
 *
 * @param interval    how often the worker looks for messages due ({@code DVC_NATIONAL_PORTAL_SYNC_INTERVAL})
 * @param backoff     the wait after a message's first failed attempt; it doubles with each further failure
 *                    ({@code DVC_NATIONAL_PORTAL_SYNC_BACKOFF})
 * @param backoffMax  the longest wait between two attempts ({@code DVC_NATIONAL_PORTAL_SYNC_BACKOFF_MAX})
 * @param concurrency how many dossiers are delivered at once (each dossier's messages stay in order)
 *                    ({@code DVC_NATIONAL_PORTAL_SYNC_CONCURRENCY})
 */
@ConfigurationProperties("dvc.national-portal.sync")
public record SyncProperties(Duration interval, Duration backoff, Duration backoffMax, int concurrency) {

    public SyncProperties {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            interval = Duration.ofSeconds(5);
        }
        if (backoff == null || backoff.isNegative() || backoff.isZero()) {
            backoff = Duration.ofSeconds(10);
        }
        if (backoffMax == null || backoffMax.compareTo(backoff) < 0) {
            backoffMax = backoff.compareTo(Duration.ofMinutes(10)) > 0 ? backoff : Duration.ofMinutes(10);
        }
        if (concurrency < 1) {
            concurrency = 16;
        }
    }

    /**
     * The wait after failed attempt number {@code attempts} (1-based): {@link #backoff} doubled for each earlier
     * failure, at most {@link #backoffMax}.
     */
    Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = backoff.multipliedBy(1L << Math.min(doublings, 20));
        return delay.compareTo(backoffMax) > 0 || delay.isNegative() ? backoffMax : delay;
    }
}
