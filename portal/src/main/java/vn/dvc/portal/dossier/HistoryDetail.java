package vn.dvc.portal.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the processing module adds to a history entry: the steps and agency, an attachment, whether the
 * applicant sees it, and a changed appointment (after a pause or an apology).
 *
 * @param note             reasons or comment; may be empty
 * @param fromStep         the step it left, e.g. "Thẩm định hồ sơ", null if none
 * @param toStep           the step it reached, null if none
 * @param agencyCode       the agency (or unit) that acted or now holds it, null if unchanged
 * @param attachment       a stored file's key (a slip, a result), null if none
 * @param applicantVisible whether "Hồ sơ của tôi" shows it
 * @param newDue           the new appointment, null if unchanged
 */
public record HistoryDetail(String note, @Nullable String fromStep, @Nullable String toStep,
                            @Nullable String agencyCode, @Nullable String attachment, boolean applicantVisible,
                            @Nullable Instant newDue) {

    public static HistoryDetail note(String note) {
        return new HistoryDetail(note, null, null, null, null, true, null);
    }
}
