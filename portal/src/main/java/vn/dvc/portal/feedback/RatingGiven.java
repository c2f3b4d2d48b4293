package vn.dvc.portal.feedback;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An applicant rated an answer or the handling of a dossier (EVAL-1).
 *
 * @param subject    QUESTION or DOSSIER
 * @param subjectId  the question's or dossier's id
 * @param agencyCode the agency rated
 * @param level      for answers SATISFIED / NOT_SATISFIED; for dossiers the {@link DossierRatings.Level}
 * @param accountId  the account that rated, if signed in
 * @param at         when
 */
public record RatingGiven(String subject, UUID subjectId, String agencyCode, String level,
                          @Nullable UUID accountId, Instant at) {
}
