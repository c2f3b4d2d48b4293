package vn.dvc.portal.integration.internal.outbound;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The sync's figures for the Centre's page and for Prometheus: the backlog (pending messages), the lag (seconds the
 * oldest pending message has waited) and the dead letters, as gauges {@code dvc.national_portal.outbound.backlog},
 * {@code dvc.national_portal.outbound.lag} and {@code dvc.national_portal.outbound.dead}. A scrape reads figures at
 * most {@value #FRESH_SECONDS} seconds old (one query for the three).
 */
@Component
class SyncStatus {

    static final int FRESH_SECONDS = 5;

    private final Ledger ledger;
    private final Clock clock;
    private volatile @Nullable Figures cached;

    /** The backlog as read at {@code at}. */
    record Figures(Instant at, Ledger.Backlog backlog) {

        /** Seconds the oldest pending message has waited (0 when nothing is pending). */
        long lagSeconds() {
            Instant oldest = backlog.oldestPending();
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, at).toSeconds());
        }
    }

    SyncStatus(Ledger ledger, Clock clock, MeterRegistry meters) {
        this.ledger = ledger;
        this.clock = clock;
        Gauge.builder("dvc.national_portal.outbound.backlog", this, s -> s.recent().backlog().pending())
                .description("National Portal sync: messages waiting to be delivered").baseUnit("messages")
                .register(meters);
        Gauge.builder("dvc.national_portal.outbound.lag", this, s -> s.recent().lagSeconds())
                .description("National Portal sync: how long the oldest pending message has waited")
                .baseUnit("seconds").register(meters);
        Gauge.builder("dvc.national_portal.outbound.dead", this, s -> s.recent().backlog().dead())
                .description("National Portal sync: messages refused for good, waiting for the Centre")
                .baseUnit("messages").register(meters);
    }

    /** Every figure now (the Centre's page). */
    Figures now() {
        Instant at = clock.instant();
        return new Figures(at, ledger.backlog(at));
    }

    /** The gauges' figures, at most a few seconds old (one light query for the three gauges). */
    Figures recent() {
        Figures figures = cached;
        Instant at = clock.instant();
        if (figures == null || Duration.between(figures.at(), at).toSeconds() >= FRESH_SECONDS
                || figures.at().isAfter(at)) {
            figures = new Figures(at, ledger.gauges());
            cached = figures;
        }
        return figures;
    }
}
