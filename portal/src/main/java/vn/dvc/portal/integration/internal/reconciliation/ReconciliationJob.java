package vn.dvc.portal.integration.internal.reconciliation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reconciliation ({@code DVC_NATIONAL_RECONCILIATION_CRON}, by default 05:30 in Asia/Ho_Chi_Minh, before
 * the offices open), on one node only (ShedLock), over the last {@code DVC_NATIONAL_RECONCILIATION_DAYS} days. Exists
 * only when the National Portal is configured.
 */
@Component
@ConditionalOnExpression("'${dvc.national-portal.url:}'.trim() != ''")
class ReconciliationJob {

    private final Reconciliations reconciliations;

    ReconciliationJob(Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
    }

    @Scheduled(cron = "${dvc.national-portal.reconciliation.cron:0 30 5 * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "integration.reconciliation", lockAtMostFor = "PT2H")
    void daily() {
        reconciliations.runDaily();
    }
}
