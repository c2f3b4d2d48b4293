package vn.dvc.portal.integration.internal.catalogue;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled catalogue pull ({@code DVC_NATIONAL_CATALOGUE_CRON}, nightly by default), on one node only: the
 * ShedLock lock is the same one a person's start takes, so a scheduled run while a person's pull goes on is
 * skipped. Exists only when the National Portal's URL is set.
 */
@Component
@ConditionalOnExpression("'${dvc.national-portal.url:}'.trim() != ''")
class CataloguePullSchedule {

    private final CataloguePull pull;

    CataloguePullSchedule(CataloguePull pull) {
        this.pull = pull;
    }

    @Scheduled(cron = "${dvc.national-catalogue.cron}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = CataloguePull.LOCK, lockAtMostFor = CataloguePull.LOCK_AT_MOST_FOR)
    public void pull() {
        pull.runScheduled();
    }
}
