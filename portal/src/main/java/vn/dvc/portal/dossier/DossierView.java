package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may read of a dossier (processing, look-up, statistics). The applicant's name is
 * personal data: show it only to whoever may see it.
 *
 * @param id               opaque id (private URLs)
 * @param code             the dossier code, issued on receipt; null before
 * @param procedureCode    national procedure code
 * @param procedureVersion the catalogue version it was received under
 * @param procedureName    the procedure's official name at submission
 * @param caseCode         the procedure's case
 * @param status           the life-cycle state ({@link DossierStatus#nationalCode()} gives the national code)
 * @param channel          how it was submitted
 * @param receivingAgency  the receiving point (QCVN 102 code)
 * @param competentAgency  the agency competent to decide
 * @param applicantName    the applicant (person or organisation)
 * @param ownerAccount     the account that submitted it online, null for walk-ins
 * @param submittedAt      when it was submitted online, else null
 * @param receivedAt       when it was received, else null
 * @param dueAt            the appointment (due) instant, else null
 */
public record DossierView(UUID id, @Nullable String code, String procedureCode, int procedureVersion,
                          String procedureName, String caseCode, DossierStatus status, Channel channel,
                          String receivingAgency, String competentAgency, String applicantName,
                          @Nullable UUID ownerAccount, @Nullable Instant submittedAt, @Nullable Instant receivedAt,
                          @Nullable Instant dueAt) {

    public int nationalStatusCode() {
        return status.nationalCode();
    }
}
