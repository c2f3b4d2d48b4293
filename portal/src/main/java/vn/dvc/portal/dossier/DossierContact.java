package vn.dvc.portal.dossier;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a dossier's applicant, for the notification module only (personal data: never log it, never
 * put it in a URL).
 *
 * @param dossierId    the dossier
 * @param code         its code, null before receipt
 * @param applicantName the applicant
 * @param ownerAccount the account that submitted it online (its channel preferences apply), null for walk-ins
 * @param email        the e-mail given on the dossier, may be empty
 * @param phone        the phone given on the dossier, may be empty
 */
public record DossierContact(UUID dossierId, @Nullable String code, String applicantName, @Nullable UUID ownerAccount,
                             String email, String phone) {
}
