package vn.dvc.portal.integration.internal.outbound;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message of the ledger ({@code integration_outbound_message}).
 *
 * @param payload the service's fields as JSON text (an object)
 */
public record OutboundMessage(long id, UUID dossierId, String dossierCode, long historySequence, int position,
                              String service, String agencyCode, String payload, State state, int attempts,
                              boolean uncertain, Instant eventAt, Instant createdAt, Instant nextAttemptAt,
                              @Nullable Instant lastAttemptAt, @Nullable String lastError,
                              @Nullable Instant deliveredAt, boolean confirmedByLookup, @Nullable Instant deadAt,
                              @Nullable String originalPayload, @Nullable String correctedBy,
                              @Nullable Instant correctedAt, @Nullable String replayedBy, @Nullable Instant replayedAt) {

    /** Where a message is: waiting (or being sent), delivered, or refused for good (a dead letter). */
    public enum State { PENDING, DELIVERED, DEAD }

    /** The three services the sync sends (NATIONAL-PORTAL.md §2), in the order of one history entry's messages. */
    static final String RECORD = "DongBoHoSoMC";
    static final String PROGRESS = "CapNhatTienDoHoSoMC";
    static final String STATUS = "DongBoTrangThaiHoSo";

    public boolean dead() {
        return state == State.DEAD;
    }
}
