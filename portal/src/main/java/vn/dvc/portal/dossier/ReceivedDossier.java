package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * A received dossier as the National Portal counts it (#15, INT-1, INT-2): what the daily reconciliation compares
 * with the National Portal's figures ({@link Dossiers#forReconciliation}). No personal data.
 *
 * @param id              opaque id (the officers' page of the dossier)
 * @param code            the dossier code (the National Portal's {@code MaHoSo})
 * @param status          the life-cycle state now ({@link #nationalStatusCode()}, the {@code TrangThaiHoSo})
 * @param receivingAgency the receiving point (QCVN 102 code, the code's first part)
 * @param competentAgency the agency competent to decide, which handles it
 * @param receivedAt      when it was received ({@code NgayTiepNhan})
 */
public record ReceivedDossier(UUID id, String code, DossierStatus status, String receivingAgency,
                              String competentAgency, Instant receivedAt) {

    /** The National Public Service Portal's status code (1–10) of {@link #status()}. */
    public int nationalStatusCode() {
        return status.nationalCode();
    }
}
