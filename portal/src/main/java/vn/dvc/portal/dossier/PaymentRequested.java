package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A fee, charge or tax was requested from the applicant. {@code code} is the dossier code (null before receipt). */
public record PaymentRequested(UUID dossierId, @Nullable String code, Instant at) implements DossierEvent {
}
