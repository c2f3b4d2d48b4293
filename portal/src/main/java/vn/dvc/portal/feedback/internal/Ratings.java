package vn.dvc.portal.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.feedback.DossierRatings;
import vn.dvc.portal.feedback.RatingGiven;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Ratings (EVAL-1) and accountability (EVAL-3): the asker rates an answer once (satisfied, or not with a
 * reason); an applicant rates a dossier's handling once. Every dissatisfaction opens an accountability item for
 * the agency, open until the agency answers it.
 */
@Service
class Ratings implements DossierRatings {

    private final JdbcClient jdbc;
    private final Questions questions;
    private final QuestionAccess scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(JdbcClient jdbc, Questions questions, QuestionAccess scope, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** An answer's rating. */
    record AnswerRating(boolean satisfied, @Nullable String reason, Instant ratedAt) {
    }

    /** An accountability item. */
    record AccountabilityItem(UUID id, String subject, UUID subjectId, String agencyCode, Instant openedAt,
                              String complaint, @Nullable String response, @Nullable String respondedBy,
                              @Nullable Instant respondedAt) {

        public boolean open() {
            return respondedAt == null;
        }
    }

    /** The asker rates the answer of an item (reached by the private link or as its signed-in owner). */
    @Transactional
    void rateAnswer(Question question, @Nullable Boolean satisfied, @Nullable String reason) {
        if (question.stage() != Question.Stage.ANSWERED) {
            throw RefusedInput.of("rating", "feedback.error.rating.notAnswered");
        }
        if (satisfied == null) {
            throw RefusedInput.of("rating", "feedback.error.rating.required");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!satisfied && why == null) {
            throw RefusedInput.of("reason", "feedback.error.reason.required");
        }
        if (why != null && why.length() > 2000) {
            throw RefusedInput.of("reason", "feedback.error.reason.tooLong");
        }
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        INSERT INTO feedback_rating (question_id, satisfied, reason, rated_at)
                        VALUES (:id, :satisfied, :reason, :at) ON CONFLICT (question_id) DO NOTHING""")
                .param("id", question.id()).param("satisfied", satisfied).param("reason", why)
                .param("at", Timestamp.from(now)).update();
        if (inserted == 0) {
            throw RefusedInput.of("rating", "feedback.error.rating.duplicate");
        }
        if (!satisfied) {
            openAccountability("QUESTION", question.id(), question.agencyCode(), why, now);
        }
        questions.record(question.id(), now, satisfied ? "rated-satisfied" : "rated-not-satisfied", "người hỏi",
                question.agencyCode(), null);
        events.publishEvent(new RatingGiven("QUESTION", question.id(), question.agencyCode(),
                satisfied ? "SATISFIED" : "NOT_SATISFIED", question.accountId(), now));
    }

    Optional<AnswerRating> ratingOf(UUID questionId) {
        return jdbc.sql("SELECT * FROM feedback_rating WHERE question_id = :id").param("id", questionId)
                .query((rs, n) -> new AnswerRating(rs.getBoolean("satisfied"), rs.getString("reason"),
                        rs.getTimestamp("rated_at").toInstant()))
                .optional();
    }

    @Override
    @Transactional
    public UUID rate(UUID dossierId, UUID accountId, String agencyCode, String procedureCode, Level level,
            @Nullable String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 2000) {
            throw RefusedInput.of("comment", "feedback.error.comment.tooLong");
        }
        if (agencyCode.isBlank()) {
            throw RefusedInput.of("agencyCode", "feedback.error.agencyCode.required");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            int inserted = jdbc.sql("""
                            INSERT INTO feedback_dossier_rating (id, dossier_id, account_id, agency_code, procedure_code,
                                level, comment, rated_at)
                            VALUES (:id, :dossier, :account, :agency, :procedure, :level, :comment, :at)
                            ON CONFLICT (dossier_id) DO NOTHING""")
                    .param("id", id).param("dossier", dossierId).param("account", accountId)
                    .param("procedure", procedureCode.isBlank() ? null : procedureCode.strip())
                    .param("agency", agencyCode).param("level", level.name()).param("comment", text)
                    .param("at", Timestamp.from(now)).update();
            if (inserted == 0) {
                throw RefusedInput.of("rating", "feedback.error.rating.duplicate");
            }
        } catch (DuplicateKeyException e) {
            throw RefusedInput.of("rating", "feedback.error.rating.duplicate");
        }
        if (level == Level.NOT_SATISFIED) {
            openAccountability("DOSSIER", dossierId, agencyCode, text == null ? "Không hài lòng" : text, now);
        }
        events.publishEvent(new RatingGiven("DOSSIER", dossierId, agencyCode, level.name(), accountId, now));
        return id;
    }

    @Override
    public Optional<Rating> find(UUID dossierId) {
        return jdbc.sql("SELECT * FROM feedback_dossier_rating WHERE dossier_id = :id").param("id", dossierId)
                .query((rs, n) -> new Rating(rs.getObject("id", UUID.class), dossierId,
                        rs.getObject("account_id", UUID.class), rs.getString("agency_code"),
                        Level.valueOf(rs.getString("level")), rs.getString("comment"),
                        rs.getTimestamp("rated_at").toInstant()))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MonthlyLine> monthlySummary(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(PortalTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(PortalTime.ZONE).toInstant();
        return jdbc.sql("""
                        SELECT coalesce(procedure_code, '') AS procedure, agency_code,
                               count(*) FILTER (WHERE level = 'VERY_SATISFIED') AS very_satisfied,
                               count(*) FILTER (WHERE level = 'SATISFIED') AS satisfied,
                               count(*) FILTER (WHERE level = 'NOT_SATISFIED') AS not_satisfied,
                               coalesce(array_agg(comment ORDER BY rated_at, id) FILTER (WHERE comment IS NOT NULL),
                                        '{}') AS comments
                        FROM feedback_dossier_rating
                        WHERE rated_at >= :from AND rated_at < :to
                        GROUP BY 1, 2 ORDER BY 2, 1""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    String[] comments = (String[]) rs.getArray("comments").getArray();
                    return new MonthlyLine(rs.getString("procedure"), rs.getString("agency_code"),
                            rs.getInt("very_satisfied"), rs.getInt("satisfied"), rs.getInt("not_satisfied"),
                            java.util.Arrays.stream(comments).map(c -> PersonalDataMasking.mask(c, List.of()))
                                    .toList());
                })
                .list();
    }

    /** Accountability items of agencies the officer sees (the Centre: all), open ones first. */
    List<AccountabilityItem> accountability(List<String> agencyCodes, boolean all) {
        String where = all ? "" : " WHERE agency_code IN (:codes)";
        if (!all && agencyCodes.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql("SELECT * FROM feedback_accountability" + where
                + " ORDER BY responded_at IS NOT NULL, opened_at");
        if (!all) {
            spec = spec.param("codes", agencyCodes);
        }
        return spec.query((rs, n) -> new AccountabilityItem(rs.getObject("id", UUID.class), rs.getString("subject"),
                rs.getObject("subject_id", UUID.class), rs.getString("agency_code"),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("complaint"), rs.getString("response"),
                rs.getString("responded_by"), Questions.instant(rs, "responded_at"))).list();
    }

    Optional<AccountabilityItem> accountabilityOf(String subject, UUID subjectId) {
        return jdbc.sql("SELECT * FROM feedback_accountability WHERE subject = :subject AND subject_id = :id")
                .param("subject", subject).param("id", subjectId)
                .query((rs, n) -> new AccountabilityItem(rs.getObject("id", UUID.class), rs.getString("subject"),
                        rs.getObject("subject_id", UUID.class), rs.getString("agency_code"),
                        rs.getTimestamp("opened_at").toInstant(), rs.getString("complaint"), rs.getString("response"),
                        rs.getString("responded_by"), Questions.instant(rs, "responded_at")))
                .optional();
    }

    /** The agency answers an accountability item; it is closed. */
    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'CENTRE', 'ADMIN')")
    @Transactional
    void respond(UUID itemId, @Nullable String response) {
        if (response == null || response.isBlank()) {
            throw RefusedInput.of("response-" + itemId, "feedback.error.response.required");
        }
        AccountabilityItem item = jdbc.sql("SELECT * FROM feedback_accountability WHERE id = :id FOR UPDATE")
                .param("id", itemId)
                .query((rs, n) -> new AccountabilityItem(rs.getObject("id", UUID.class), rs.getString("subject"),
                        rs.getObject("subject_id", UUID.class), rs.getString("agency_code"),
                        rs.getTimestamp("opened_at").toInstant(), rs.getString("complaint"), rs.getString("response"),
                        rs.getString("responded_by"), Questions.instant(rs, "responded_at")))
                .optional().orElseThrow(() -> new ResourceNotFound("no accountability item " + itemId));
        var user = QuestionAccess.officer();
        if (!QuestionAccess.isCentre(user) && !scope.covers(user, item.agencyCode())) {
            throw new AccessDeniedException("not your agency");
        }
        if (!item.open()) {
            throw RefusedInput.of("response-" + itemId, "feedback.error.response.already");
        }
        jdbc.sql("""
                        UPDATE feedback_accountability SET response = :response, responded_by = :by, responded_at = :at
                        WHERE id = :id""")
                .param("id", itemId).param("response", response.strip()).param("by", CurrentActor.name())
                .param("at", Timestamp.from(clock.instant())).update();
    }

    private void openAccountability(String subject, UUID subjectId, String agencyCode, String complaint, Instant at) {
        jdbc.sql("""
                        INSERT INTO feedback_accountability (id, subject, subject_id, agency_code, opened_at, complaint)
                        VALUES (:id, :subject, :subjectId, :agency, :at, :complaint)
                        ON CONFLICT (subject, subject_id) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("subject", subject).param("subjectId", subjectId)
                .param("agency", agencyCode).param("at", Timestamp.from(at)).param("complaint", complaint).update();
    }

}
