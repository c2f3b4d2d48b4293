package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The applicant withdrew the dossier. {@code code} is the dossier code (null before receipt). */
public record DossierWithdrawn(UUID dossierId, @Nullable String code, Instant at) implements DossierEvent {
}
