package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The result was issued (approved and signed); it waits at the desk or is sent. {@code code} is the dossier code (null before receipt). */
public record ResultIssued(UUID dossierId, @Nullable String code, Instant at) implements DossierEvent {
}
