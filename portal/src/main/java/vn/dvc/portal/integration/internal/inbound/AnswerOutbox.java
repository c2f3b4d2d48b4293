package vn.dvc.portal.integration.internal.inbound;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers to send back to the National Portal ({@code integration_answer_outbox}): one row per answered question
 * from there, PENDING until the National Portal acknowledges it (SENT) or refuses it for good (REFUSED). A worker
 * claims a due row with {@code FOR UPDATE SKIP LOCKED}, so two workers, on one node or two, never send the same
 * answer at once.
 */
@Repository
class AnswerOutbox {

    /** A row. */
    record Entry(UUID questionId, String externalId, String agencyCode, String message, String status, int attempts,
                 Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError) {
    }

    private final JdbcClient jdbc;

    AnswerOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the answer once (a second delivery of the same event adds nothing); true if added. */
    boolean add(UUID questionId, String externalId, String agencyCode, String message, Instant now) {
        return jdbc.sql("""
                        INSERT INTO integration_answer_outbox (question_id, external_id, agency_code, message,
                            created_at, next_attempt_at)
                        VALUES (:id, :external, :agency, :message::jsonb, :now, :now)
                        ON CONFLICT (question_id) DO NOTHING""")
                .param("id", questionId).param("external", externalId).param("agency", agencyCode)
                .param("message", message).param("now", Timestamp.from(now)).update() == 1;
    }

    /** The next due PENDING row, locked until the transaction ends; rows other workers hold are skipped. */
    Optional<Entry> claimNextDue(Instant now) {
        return jdbc.sql("""
                        SELECT * FROM integration_answer_outbox
                        WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, question_id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now)).query(AnswerOutbox::entry).optional();
    }

    Optional<Entry> find(UUID questionId) {
        return jdbc.sql("SELECT * FROM integration_answer_outbox WHERE question_id = :id").param("id", questionId)
                .query(AnswerOutbox::entry).optional();
    }

    void markSent(UUID questionId, int attempts, Instant at) {
        jdbc.sql("""
                        UPDATE integration_answer_outbox SET status = 'SENT', attempts = :attempts, sent_at = :at,
                            last_error = NULL WHERE question_id = :id""")
                .param("id", questionId).param("attempts", attempts).param("at", Timestamp.from(at)).update();
    }

    void markRetry(UUID questionId, int attempts, String error, Instant next) {
        jdbc.sql("""
                        UPDATE integration_answer_outbox SET attempts = :attempts, last_error = :error,
                            next_attempt_at = :next WHERE question_id = :id""")
                .param("id", questionId).param("attempts", attempts).param("error", error)
                .param("next", Timestamp.from(next)).update();
    }

    void markRefused(UUID questionId, int attempts, String error) {
        jdbc.sql("""
                        UPDATE integration_answer_outbox SET status = 'REFUSED', attempts = :attempts, last_error = :error
                        WHERE question_id = :id""")
                .param("id", questionId).param("attempts", attempts).param("error", error).update();
    }

    /** The latest answers, those not yet sent first (the Centre's view). */
    java.util.List<Entry> latest(int limit) {
        return jdbc.sql("""
                        SELECT * FROM integration_answer_outbox
                        ORDER BY status = 'SENT', created_at DESC LIMIT :limit""")
                .param("limit", limit).query(AnswerOutbox::entry).list();
    }

    /** Answers still to be sent (a metric: the backlog). */
    long pending() {
        return jdbc.sql("SELECT count(*) FROM integration_answer_outbox WHERE status = 'PENDING'").query(Long.class)
                .single();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Entry(rs.getObject("question_id", UUID.class), rs.getString("external_id"),
                rs.getString("agency_code"), rs.getString("message"), rs.getString("status"), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), sent == null ? null : sent.toInstant(),
                rs.getString("last_error"));
    }
}
