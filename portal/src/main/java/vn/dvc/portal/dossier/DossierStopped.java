package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The agency stopped processing, with reasons. {@code code} is the dossier code (null before receipt). */
public record DossierStopped(UUID dossierId, @Nullable String code, Instant at) implements DossierEvent {
}
