package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The applicant provided the requested supplements (before receipt, or during processing). */
public record SupplementProvided(UUID dossierId, @Nullable String code, boolean beforeReceipt, Instant at)
        implements DossierEvent {
}
