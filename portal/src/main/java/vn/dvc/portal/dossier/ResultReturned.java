package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The result was handed over or delivered to the applicant. {@code code} is the dossier code (null before receipt). */
public record ResultReturned(UUID dossierId, @Nullable String code, Instant at) implements DossierEvent {
}
