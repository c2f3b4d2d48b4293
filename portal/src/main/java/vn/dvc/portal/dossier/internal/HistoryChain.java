package vn.dvc.portal.dossier.internal;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.HistoryVerification;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * The keyed hash chain over a dossier's history (DOS-9): each entry's hash is an HMAC-SHA256, under the managed
 * secret ({@code DVC_IDENTITY_HASH_KEY}, through {@link PersonalDataProtection}), of the previous entry's hash
 * and every stored field of the entry, its sequence number included. Editing, removing or re-ordering a row
 * breaks the chain from there on; without the key nobody can forge a new chain.
 */
@Component
class HistoryChain {

    static final String PURPOSE = "dossier-history-chain";
    private static final HexFormat HEX = HexFormat.of();

    private final PersonalDataProtection protection;

    HistoryChain(PersonalDataProtection protection) {
        this.protection = protection;
    }

    /** The hash of one entry; {@code previous} is null for the first entry of a dossier. */
    byte[] hash(byte @Nullable [] previous, long sequence, UUID dossierId, Instant at, String actor, String action,
            @Nullable DossierStatus from, DossierStatus to, HistoryDetail detail) {
        String canonical = Stream.of(previous == null ? "" : HEX.formatHex(previous), Long.toString(sequence),
                        dossierId.toString(), at.toString(), actor, action, from == null ? "" : from.name(), to.name(),
                        detail.note(), Objects.toString(detail.fromStep(), ""), Objects.toString(detail.toStep(), ""),
                        Objects.toString(detail.agencyCode(), ""), Objects.toString(detail.attachment(), ""),
                        Boolean.toString(detail.applicantVisible()),
                        detail.newDue() == null ? "" : detail.newDue().toString())
                .map(HistoryChain::escape).collect(Collectors.joining("|"));
        return protection.matchingHash(PURPOSE, canonical);
    }

    /**
     * Recomputes the chain over a dossier's stored rows; the last row must also lead to the dossier's present
     * state, so removing the newest row is detected too.
     */
    HistoryVerification verify(UUID dossierId, List<DossierStore.StoredEntry> rows, DossierStatus current) {
        byte[] previous = null;
        for (DossierStore.StoredEntry row : rows) {
            DossierHistoryEntry e = row.entry();
            byte[] expected = hash(previous, e.sequence(), dossierId, e.at(), e.actor(), e.action(), e.from(), e.to(),
                    e.detail());
            if (row.hash() == null || !MessageDigest.isEqual(expected, row.hash())) {
                return new HistoryVerification(rows.size(), e.sequence());
            }
            previous = row.hash();
        }
        if (!rows.isEmpty() && rows.getLast().entry().to() != current) {
            return new HistoryVerification(rows.size(), rows.getLast().entry().sequence());
        }
        return new HistoryVerification(rows.size(), null);
    }

    /** Field separators inside a value cannot shift the boundaries. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|");
    }
}
