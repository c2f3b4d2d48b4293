package vn.dvc.portal.dossier.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.dossier.DossierStatus;

/** One entry of a dossier's history. */
record HistoryEntry(Instant at, String actor, String action, @Nullable DossierStatus from, DossierStatus to,
                    String note, boolean applicantVisible) {
}
