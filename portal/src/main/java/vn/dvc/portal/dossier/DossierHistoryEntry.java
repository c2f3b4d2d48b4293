package vn.dvc.portal.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a dossier's history, as stored (append-only, hash-chained).
 *
 * @param sequence         its position in the whole history table (ascending in time)
 * @param at               when
 * @param actor            who (an account name, or {@code system})
 * @param action           a {@link DossierAction} name, or a processing action without a state change
 * @param from             the state before, null for the entry that created the dossier
 * @param to               the state after
 * @param detail           steps, agency, note, attachment, visibility
 */
public record DossierHistoryEntry(long sequence, Instant at, String actor, String action,
                                  @Nullable DossierStatus from, DossierStatus to, HistoryDetail detail) {
}
