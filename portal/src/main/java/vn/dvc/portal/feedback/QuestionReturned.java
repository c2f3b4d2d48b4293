package vn.dvc.portal.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency returned an item to the Centre as outside its competence (Art. 19.2.b).
 *
 * @param questionId the item
 * @param agencyCode the agency that returned it
 * @param at         when
 * @param late       whether it came after the one working day allowed
 */
public record QuestionReturned(UUID questionId, String agencyCode, Instant at, boolean late) {
}
