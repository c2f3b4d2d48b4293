package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Processing of a received dossier started at the competent agency. {@code code} is the dossier code (null before receipt). */
public record ProcessingStarted(UUID dossierId, @Nullable String code, Instant at) implements DossierEvent {
}
