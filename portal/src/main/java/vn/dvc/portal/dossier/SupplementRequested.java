package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Supplements were requested (Form 02): before receipt by the desk ({@code beforeReceipt}, no code yet) or
 * during processing (the clock pauses).
 */
public record SupplementRequested(UUID dossierId, @Nullable String code, boolean beforeReceipt, Instant at)
        implements DossierEvent {
}
