package vn.dvc.portal.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Centre forwarded an item to the competent agency (Art. 19.2.a).
 *
 * @param questionId  the item
 * @param agencyCode  the agency that must answer
 * @param coAgencies  agencies that must coordinate (empty when one sector answers)
 * @param at          when it was forwarded
 * @param late        whether forwarding came after the 8 working hours
 * @param answerDue   by when the agency must answer (3 or 5 working days)
 */
public record QuestionForwarded(UUID questionId, String agencyCode, List<String> coAgencies, Instant at,
                                boolean late, Instant answerDue) {
}
