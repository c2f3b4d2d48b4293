package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The requested payment was received. {@code code} is the dossier code (null before receipt). */
public record PaymentReceived(UUID dossierId, @Nullable String code, Instant at) implements DossierEvent {
}
