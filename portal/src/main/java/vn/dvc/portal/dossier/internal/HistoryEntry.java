package vn.dvc.portal.dossier.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.HistoryDetail;

/** One entry of a dossier's history, not yet stored. */
record HistoryEntry(Instant at, String actor, String action, @Nullable DossierStatus from, DossierStatus to,
                    HistoryDetail detail) {

    String note() {
        return detail.note();
    }

    boolean applicantVisible() {
        return detail.applicantVisible();
    }
}
