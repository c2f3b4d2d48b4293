package vn.dvc.portal.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the processing module adds to a history entry: the steps and agency, an attachment, whether the
 * applicant sees it, and a changed appointment (after a pause or an apology). Made by name, never by position:
 * {@link #note(String)} for a plain note, {@link #builder(String)} for the rest, e.g.
 * {@code HistoryDetail.builder(reason).fromStep("Thẩm định").agency(unit).attachment(slip).build()}.
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

    /** Just a note, shown to the applicant. */
    public static HistoryDetail note(String note) {
        return builder(note).build();
    }

    /** A detail with {@code note}, shown to the applicant unless {@link Builder#officersOnly()} says otherwise. */
    public static Builder builder(String note) {
        return new Builder(note);
    }

    /** Names each part of a {@link HistoryDetail}; what is not named stays empty. */
    public static final class Builder {

        private final String note;
        private @Nullable String fromStep;
        private @Nullable String toStep;
        private @Nullable String agencyCode;
        private @Nullable String attachment;
        private boolean applicantVisible = true;
        private @Nullable Instant newDue;

        private Builder(String note) {
            this.note = note;
        }

        /** The step it left. */
        public Builder fromStep(@Nullable String step) {
            this.fromStep = step;
            return this;
        }

        /** The step it reached. */
        public Builder toStep(@Nullable String step) {
            this.toStep = step;
            return this;
        }

        /** The agency (or unit) that acted or now holds it. */
        public Builder agency(@Nullable String code) {
            this.agencyCode = code;
            return this;
        }

        /** A stored file's key (a slip, a result). */
        public Builder attachment(@Nullable String key) {
            this.attachment = key;
            return this;
        }

        /** The new appointment it sets. */
        public Builder newDue(@Nullable Instant due) {
            this.newDue = due;
            return this;
        }

        /** Internal to the officers ("Hồ sơ của tôi" does not show it), e.g. an assignment. */
        public Builder officersOnly() {
            this.applicantVisible = false;
            return this;
        }

        public HistoryDetail build() {
            return new HistoryDetail(note, fromStep, toStep, agencyCode, attachment, applicantVisible, newDue);
        }
    }
}
