package vn.dvc.portal.dossier.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.NationalIdentityLinked;
import vn.dvc.portal.platform.AuditLog;

/**
 * When an account is linked to a national identity (its first national sign-in), the dossiers filed for that person
 * at the National Portal before the account existed become the account's, so they show in "Hồ sơ của tôi" (INT-1).
 * Dossiers that arrive later find the account at intake ({@link NationalPortalIntake}). Audited; never logs the
 * identity.
 */
@Component
class NationalPortalOwners {

    private static final Logger log = LoggerFactory.getLogger(NationalPortalOwners.class);

    private final NationalFilings filings;
    private final AuditLog audit;

    NationalPortalOwners(NationalFilings filings, AuditLog audit) {
        this.filings = filings;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(NationalIdentityLinked linked) {
        filings.lockIdentity(linked.citizenIdMatch());
        List<UUID> claimed = filings.claim(linked.citizenIdMatch(), linked.accountId());
        for (UUID dossier : claimed) {
            audit.record("dossier.owner.national-identity", "dossier", dossier.toString(),
                    Map.of("account", linked.accountId().toString()));
        }
        if (!claimed.isEmpty()) {
            log.info("{} dossier(s) filed at the National Portal now belong to account {}", claimed.size(),
                    linked.accountId());
        }
    }
}
