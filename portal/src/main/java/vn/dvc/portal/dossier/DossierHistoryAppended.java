package vn.dvc.portal.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * A dossier's history has a new entry ({@link DossierHistoryEntry}): published by the dossier module for every entry
 * it appends — the life-cycle edges ({@link DossierAction}) and the processing actions recorded without a state
 * change ({@link Dossiers#record}, e.g. {@code FORWARD}, {@code ASSIGN}, {@code APOLOGY}) alike — in the transaction
 * that appends it. A listener that must commit or roll back with the entry (the National Portal sync's ledger)
 * listens synchronously ({@code @EventListener}) and reads the entry with {@link Dossiers#history}; others may use
 * {@code @ApplicationModuleListener} as for the {@link DossierEvent}s.
 *
 * @param dossierId the dossier
 * @param sequence  the entry's {@link DossierHistoryEntry#sequence()}
 * @param at        when it happened ({@link DossierHistoryEntry#at()})
 */
public record DossierHistoryAppended(UUID dossierId, long sequence, Instant at) {
}
