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

    DemoDataLoader(PortalProperties properties, List<DemoData> contributors, TransactionTemplate transactions) {
        this.properties = properties;
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
    }
}
