package vn.dvc.portal.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved answer was sent to the asker (Art. 18.3, 19.2.b).
 *
 * @param questionId the item
 * @param agencyCode the answering agency
 * @param at         when it was approved and sent
 * @param timeliness EARLY, ON_TIME or LATE against the answer deadline
 */
public record AnswerPublished(UUID questionId, String agencyCode, Instant at, String timeliness) {
}
