package vn.dvc.portal.feedback;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Ratings of the handling of a dossier after its result (EVAL-1), for the dossier module: one per dossier.
 * A rating "not satisfied" opens an accountability item for the agency (EVAL-3).
 */
public interface DossierRatings {

    /**
     * Records the applicant's rating.
     *
     * @param dossierId  the dossier
     * @param accountId  the applicant's account
     * @param agencyCode the agency that handled it
     * @param level      the level chosen
     * @param comment    optional comment (at most 2,000 characters)
     * @throws RefusedInput {@code rating.duplicate} if the dossier was rated already; {@code comment.tooLong}
     */
    UUID rate(UUID dossierId, UUID accountId, String agencyCode, Level level, @Nullable String comment);

    /** The rating of a dossier, if given. */
    Optional<Rating> find(UUID dossierId);

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
}
