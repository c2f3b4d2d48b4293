package vn.dvc.portal.feedback;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question, feedback or petition reached the Centre (Art. 19.2.a).
 *
 * @param questionId the item
 * @param kind       QUESTION, FEEDBACK or PETITION
 * @param parentId   the item it follows up, if it is a follow-up question (Art. 19.2.c)
 * @param at         when it was received
 * @param forwardDue by when the Centre must forward it (8 working hours)
 */
public record QuestionSubmitted(UUID questionId, String kind, @Nullable UUID parentId, Instant at, Instant forwardDue) {
}
