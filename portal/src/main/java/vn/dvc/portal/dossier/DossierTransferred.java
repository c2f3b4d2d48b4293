package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The dossier moved to another step or agency (liên thông). {@code code} is the dossier code (null before receipt). */
public record DossierTransferred(UUID dossierId, @Nullable String code, Instant at) implements DossierEvent {
}
