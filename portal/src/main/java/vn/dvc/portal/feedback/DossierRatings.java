package vn.dvc.portal.feedback;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Ratings of the handling of a dossier after its result (EVAL-1), for the dossier module: one per dossier.
 * A rating "not satisfied" opens an accountability item for the agency (EVAL-3). The monthly summary per procedure
 * and agency goes to the National Portal ({@code DongBoDanhGia}, INT-1).
 */
public interface DossierRatings {

    /**
     * Records the applicant's rating.
     *
     * @param dossierId     the dossier
     * @param accountId     the applicant's account
     * @param agencyCode    the agency that handled it
     * @param procedureCode the dossier's national procedure code (the monthly summary is per procedure)
     * @param level         the level chosen
     * @param comment       optional comment (at most 2,000 characters)
     * @throws RefusedInput {@code rating.duplicate} if the dossier was rated already; {@code comment.tooLong}
     */
    UUID rate(UUID dossierId, UUID accountId, String agencyCode, String procedureCode, Level level,
            @Nullable String comment);

    /** The rating of a dossier, if given. */
    Optional<Rating> find(UUID dossierId);

    /**
     * The ratings given in a month (Asia/Ho_Chi_Minh), counted per procedure and agency, with the comments given
     * (personal data masked as for publication). Ratings recorded before the procedure was kept have an empty
     * procedure code.
     */
    List<MonthlyLine> monthlySummary(YearMonth month);

    /** The scale of the national portal. */
    enum Level {
        /** Rất hài lòng. */
        VERY_SATISFIED,
        /** Hài lòng. */
        SATISFIED,
        /** Không hài lòng. */
        NOT_SATISFIED
    }

    /** A stored rating. */
    record Rating(UUID id, UUID dossierId, UUID accountId, String agencyCode, Level level, @Nullable String comment,
                  java.time.Instant ratedAt) {
    }

    /**
     * One procedure at one agency in a month.
     *
     * @param procedureCode national procedure code ("" when unknown)
     * @param comments      the comments given, masked, oldest first
     */
    record MonthlyLine(String procedureCode, String agencyCode, int verySatisfied, int satisfied, int notSatisfied,
                       List<String> comments) {

        public int total() {
            return verySatisfied + satisfied + notSatisfied;
        }
    }
}
