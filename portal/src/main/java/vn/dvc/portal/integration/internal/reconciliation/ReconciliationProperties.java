package vn.dvc.portal.integration.internal.reconciliation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reconciliation's settings ({@code dvc.national-portal.reconciliation.*}, the
 * {@code DVC_NATIONAL_RECONCILIATION_*} rows of the README).
 *
 * @param cron    when the daily run starts (Spring cron, Asia/Ho_Chi_Minh); {@code -} never (the page still runs it)
 * @param days    the period of a run unless the Centre chooses one: the dossiers received on the last this many days,
 *                today included
 * @param lookups at most this many look-ups by code per run ({@code TraCuuHoSo {"mahoso"}}) for our dossiers the
 *                National Portal's lists leave out; beyond that they are reported as missing without the look-up
 */
@ConfigurationProperties("dvc.national-portal.reconciliation")
record ReconciliationProperties(String cron, int days, int lookups) {

    ReconciliationProperties {
        if (days < 1 || days > Period.MAX_DAYS) {
            throw new IllegalArgumentException("DVC_NATIONAL_RECONCILIATION_DAYS must be 1 to " + Period.MAX_DAYS);
        }
        if (lookups < 0) {
            throw new IllegalArgumentException("DVC_NATIONAL_RECONCILIATION_LOOKUPS must not be negative");
        }
    }
}
