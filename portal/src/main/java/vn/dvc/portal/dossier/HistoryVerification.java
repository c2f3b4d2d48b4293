package vn.dvc.portal.dossier;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking a dossier's history chain: each entry's keyed hash covers the entry and the hash of
 * the one before, so an edited, removed or re-ordered row breaks the chain from that row on.
 *
 * @param entries     how many entries were checked
 * @param firstBroken the sequence of the first entry whose hash does not match, null when the chain is intact
 */
public record HistoryVerification(int entries, @Nullable Long firstBroken) {

    public boolean intact() {
        return firstBroken == null;
    }
}
