package vn.dvc.portal.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The export for the national feedback system (QA-6): one stable JSON shape per item (documented in
 * {@code docs/feedback.md}), without personal data — texts are masked exactly as for publication.
 */
@Component
class FeedbackExport {

    private final Questions questions;
    private final Answers answers;
    private final Askers askers;
    private final Ratings ratings;
    private final Deadlines deadlines;
    private final java.time.Clock clock;

    FeedbackExport(Questions questions, Answers answers, Askers askers, Ratings ratings, Deadlines deadlines,
            java.time.Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.askers = askers;
        this.ratings = ratings;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    record Citation(String number, LocalDate issuedOn, String issuer, String title) {
    }

    record AnswerPart(String agencyCode, String agencyName, String responderName, String responderPosition,
                      String responderPhone, String text, List<Citation> citations, Instant answeredAt) {
    }

    record RatingPart(boolean satisfied, Instant ratedAt) {
    }

    record Item(UUID id, String reference, String kind, @Nullable String parentReference, String askerType,
                @Nullable String procedureCode, @Nullable String sectorCode, String title, String text,
                String status, String stage, String standing, Instant receivedAt, Instant forwardDue,
                @Nullable Instant forwardedAt, boolean forwardedLate, @Nullable String agencyCode,
                List<String> coAgencies, @Nullable Instant answerDue, @Nullable Instant interimReplyAt,
                @Nullable AnswerPart answer, @Nullable RatingPart rating, boolean published) {
    }

    @Transactional(readOnly = true)
    List<Item> items(Instant from, Instant to) {
        Instant now = clock.instant();
        HandlingClock handling = deadlines.clock();
        return questions.submittedBetween(from, to).stream().map(q -> {
            Asker asker = askers.find(q.askerId()).orElse(null);
            List<String> names = asker == null ? List.of() : asker.names();
            AnswerPart answer = answers.find(q.id()).filter(a -> a.approvedAt() != null)
                    .map(a -> new AnswerPart(a.agencyCode(), a.agencyName(), a.responderName(), a.responderPosition(),
                            a.responderPhone(), PersonalDataMasking.mask(a.body(), names),
                            a.citations().stream().map(c -> new Citation(c.number(), c.issuedOn(), c.issuer(),
                                    c.title())).toList(), a.approvedAt()))
                    .orElse(null);
            RatingPart rating = ratings.ratingOf(q.id()).map(r -> new RatingPart(r.satisfied(), r.ratedAt()))
                    .orElse(null);
            String parent = q.parentId() == null ? null
                    : questions.find(q.parentId()).map(Question::reference).orElse(null);
            return new Item(q.id(), q.reference(), q.kind().name(), parent,
                    asker == null ? "INDIVIDUAL" : asker.kind().name(), q.procedureCode(), q.sectorCode(),
                    PersonalDataMasking.mask(q.title(), names), PersonalDataMasking.mask(q.body(), names),
                    FeedbackApi.publicStatus(q.stage()), q.stage().name(), handling.standing(q, now).name(),
                    q.submittedAt(), q.forwardDueAt(), q.forwardedAt(), q.forwardedLate(), q.agencyCode(),
                    q.coAgencies(), q.answerDueAt(), q.interimReplyAt(), answer, rating, q.publishedAt() != null);
        }).toList();
    }
}
