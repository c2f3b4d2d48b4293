package vn.dvc.portal.platform.internal.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.platform.DemoData;
import vn.dvc.portal.platform.PortalProperties;

/**
 * Runs every module's {@link DemoData} at start-up when demo data is enabled (by default only with the
 * embedded database). Each contributor runs in its own transaction; contributors are idempotent, so a
 * restart changes nothing.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final PortalProperties properties;
    private final List<DemoData> contributors;
    private final TransactionTemplate transactions;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private static final java.time.Duration AWAIT = java.time.Duration.ofMinutes(3);

    DemoDataLoader(PortalProperties properties, List<DemoData> contributors, TransactionTemplate transactions,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.contributors = contributors;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoDataEnabled()) {
            log.info("Demo data is off (DVC_DEMO_DATA)");
            return;
        }
        loadAll();
    }

    void loadAll() {
        contributors.stream()
                .sorted(Comparator.comparingInt(DemoData::order).thenComparing(DemoData::name))
                .forEach(contributor -> {
                    transactions.executeWithoutResult(status -> contributor.load());
                    log.info("Demo data '{}' loaded", contributor.name());
                });
        awaitListeners();
    }

    /**
     * The demo data is ready when its side effects are: the events it published (a demo dossier's receipt,
     * result, …) are handled by their listeners asynchronously; waiting for them here means the application
     * reports ready, and stops promptly, with nothing of the demo still in flight. A listener that fails is left
     * to the registry (retried on restart) and not waited for.
     */
    private void awaitListeners() {
        long deadline = System.nanoTime() + AWAIT.toNanos();
        long pending = pending();
        while (pending > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pending = pending();
        }
        if (pending > 0) {
            log.warn("{} demo event(s) still being handled after {}", pending, AWAIT);
        }
    }

    /** Publications not yet completed nor failed (their dates follow the demo's moved clock, so none is used). */
    private long pending() {
        return jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE completion_date IS NULL
                            AND coalesce(status, 'PUBLISHED') NOT IN ('FAILED', 'COMPLETED')""")
                .query(Long.class).single();
    }
}
