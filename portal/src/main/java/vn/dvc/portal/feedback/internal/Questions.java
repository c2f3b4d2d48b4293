package vn.dvc.portal.feedback.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.platform.VietnameseText;

/** The items (feedback_question) with their history and the agencies' returns. */
@Repository
class Questions {

    private final JdbcClient jdbc;

    Questions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of an item's history. */
    record HistoryEntry(Instant at, String action, String actor, @Nullable String agencyCode, @Nullable String note) {
    }

    void add(Question q, byte[] accessTokenHash) {
        add(q, accessTokenHash, "PORTAL");
    }

    /** @param origin {@code PORTAL} (asked here) or {@code NATIONAL_PORTAL} (sent from there, without an asker) */
    void add(Question q, byte[] accessTokenHash, String origin) {
        jdbc.sql("""
                        INSERT INTO feedback_question (id, reference, kind, asker_id, account_id, access_token_hash,
                            parent_id, procedure_code, sector_code, concerned_agency, title, body, stage, submitted_at,
                            forward_due_at, origin)
                        VALUES (:id, :reference, :kind, :asker, :account, :token, :parent, :procedure, :sector,
                            :concerned, :title, :body, :stage, :submitted, :forwardDue, :origin)""")
                .param("origin", origin).param("id", q.id()).param("reference", q.reference()).param("kind", q.kind().name())
                .param("asker", q.askerId()).param("account", q.accountId()).param("token", accessTokenHash)
                .param("parent", q.parentId()).param("procedure", q.procedureCode()).param("sector", q.sectorCode())
                .param("concerned", q.concernedAgency()).param("title", q.title()).param("body", q.body())
                .param("stage", q.stage().name()).param("submitted", ts(q.submittedAt()))
                .param("forwardDue", ts(q.forwardDueAt()))
                .update();
    }

    /** Stores the item as a transition left it; refuses if someone else changed it meanwhile. */
    Question save(Question q) {
        int updated = jdbc.sql("""
                        UPDATE feedback_question SET kind = :kind, procedure_code = :procedure, sector_code = :sector,
                            stage = :stage, forward_due_at = :forwardDue, forwarded_at = :forwarded,
                            agency_code = :agency, co_agencies = :co, answer_due_at = :answerDue,
                            return_due_at = :returnDue, interim_reply = :interim, interim_reply_at = :interimAt,
                            answered_at = :answered, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", q.id()).param("version", q.version()).param("kind", q.kind().name())
                .param("procedure", q.procedureCode()).param("sector", q.sectorCode())
                .param("stage", q.stage().name()).param("forwardDue", ts(q.forwardDueAt()))
                .param("forwarded", ts(q.forwardedAt())).param("agency", q.agencyCode())
                .param("co", q.coAgencies().toArray(String[]::new)).param("answerDue", ts(q.answerDueAt()))
                .param("returnDue", ts(q.returnDueAt())).param("interim", q.interimReply())
                .param("interimAt", ts(q.interimReplyAt())).param("answered", ts(q.answeredAt()))
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("question " + q.id() + " was changed meanwhile");
        }
        return find(q.id()).orElseThrow();
    }

    /** Publishes the (masked) texts, searched over their folded form ({@link #searchText}). */
    void publish(UUID id, Instant at, String title, String body, String answer) {
        jdbc.sql("""
                        UPDATE feedback_question SET published_at = :at, published_title = :title,
                            published_body = :body, published_answer = :answer, search_text = :search,
                            version = version + 1
                        WHERE id = :id AND stage = 'ANSWERED' AND published_at IS NULL""")
                .param("id", id).param("at", ts(at)).param("title", title).param("body", body)
                .param("answer", answer).param("search", searchText(title, body, answer)).update();
    }

    /** What the FAQ search compares: the published title, text and answer, folded. */
    static String searchText(String title, String body, String answer) {
        return VietnameseText.fold(title + " " + body + " " + answer);
    }

    /**
     * Re-folds the search text of published items stored in another form (published before the one folding,
     * {@link VietnameseText#fold}, replaced the FAQ's own); returns how many changed. Idempotent.
     */
    int refoldSearchText() {
        record Published(UUID id, String title, String body, String answer, @Nullable String searchText) {
        }
        int changed = 0;
        for (Published p : jdbc.sql("""
                        SELECT id, published_title, published_body, published_answer, search_text
                        FROM feedback_question WHERE published_at IS NOT NULL""")
                .query((rs, n) -> new Published(rs.getObject("id", UUID.class), rs.getString("published_title"),
                        rs.getString("published_body"), rs.getString("published_answer"), rs.getString("search_text")))
                .list()) {
            String folded = searchText(p.title(), p.body(), p.answer());
            if (!folded.equals(p.searchText())) {
                changed += jdbc.sql("UPDATE feedback_question SET search_text = :search WHERE id = :id")
                        .param("search", folded).param("id", p.id()).update();
            }
        }
        return changed;
    }

    Optional<Question> find(UUID id) {
        return jdbc.sql("SELECT * FROM feedback_question WHERE id = :id").param("id", id).query(Questions::map)
                .optional();
    }

    Optional<Question> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM feedback_question WHERE id = :id FOR UPDATE").param("id", id)
                .query(Questions::map).optional();
    }

    Optional<Question> findByAccessToken(byte[] tokenHash) {
        return jdbc.sql("SELECT * FROM feedback_question WHERE access_token_hash = :hash").param("hash", tokenHash)
                .query(Questions::map).optional();
    }

    Optional<Question> findByReference(String reference) {
        return jdbc.sql("SELECT * FROM feedback_question WHERE reference = :reference").param("reference", reference)
                .query(Questions::map).optional();
    }

    /** Every item, newest first (the Centre's board). */
    List<Question> all(int limit) {
        return jdbc.sql("SELECT * FROM feedback_question ORDER BY submitted_at DESC LIMIT :limit")
                .param("limit", limit).query(Questions::map).list();
    }

    /** Items forwarded to any of the given agencies (an officer's subtree), open ones first. */
    List<Question> forwardedTo(List<String> agencyCodes, int limit) {
        if (agencyCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM feedback_question WHERE agency_code IN (:codes)
                        ORDER BY stage = 'ANSWERED', answer_due_at LIMIT :limit""")
                .param("codes", agencyCodes).param("limit", limit).query(Questions::map).list();
    }

    List<Question> ofAccount(UUID accountId) {
        return jdbc.sql("SELECT * FROM feedback_question WHERE account_id = :account ORDER BY submitted_at DESC")
                .param("account", accountId).query(Questions::map).list();
    }

    List<Question> followUpsOf(UUID parentId) {
        return jdbc.sql("SELECT * FROM feedback_question WHERE parent_id = :id ORDER BY submitted_at")
                .param("id", parentId).query(Questions::map).list();
    }

    /** Items submitted in [from, to), oldest first (export). */
    List<Question> submittedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT * FROM feedback_question WHERE submitted_at >= :from AND submitted_at < :to
                        ORDER BY submitted_at, id""")
                .param("from", ts(from)).param("to", ts(to)).query(Questions::map).list();
    }

    /** Open items (not answered), for the deadline job. */
    List<Question> open() {
        return jdbc.sql("SELECT * FROM feedback_question WHERE stage <> 'ANSWERED' ORDER BY submitted_at")
                .query(Questions::map).list();
    }

    long nextNumber() {
        return jdbc.sql("SELECT nextval('feedback_reference_seq')").query(Long.class).single();
    }

    void record(UUID questionId, Instant at, String action, String actor, @Nullable String agencyCode,
            @Nullable String note) {
        jdbc.sql("""
                        INSERT INTO feedback_history (question_id, at, action, actor, agency_code, note)
                        VALUES (:id, :at, :action, :actor, :agency, :note)""")
                .param("id", questionId).param("at", ts(at)).param("action", action).param("actor", actor)
                .param("agency", agencyCode).param("note", note).update();
    }

    List<HistoryEntry> history(UUID questionId) {
        return jdbc.sql("SELECT * FROM feedback_history WHERE question_id = :id ORDER BY at, id")
                .param("id", questionId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"),
                        rs.getString("actor"), rs.getString("agency_code"), rs.getString("note")))
                .list();
    }

    void recordReturn(UUID questionId, String agencyCode, Instant at, boolean late, String reason) {
        jdbc.sql("""
                        INSERT INTO feedback_return (question_id, agency_code, returned_at, late, reason)
                        VALUES (:id, :agency, :at, :late, :reason)""")
                .param("id", questionId).param("agency", agencyCode).param("at", ts(at)).param("late", late)
                .param("reason", reason).update();
    }

    /** Returns per agency (the Centre watches agencies that often return questions). */
    java.util.Map<String, Integer> returnCounts() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT agency_code, count(*) AS n FROM feedback_return GROUP BY agency_code ORDER BY n DESC, agency_code")
                .query((ResultSet rs) -> {
                    counts.put(rs.getString("agency_code"), rs.getInt("n"));
                });
        return counts;
    }

    static Question map(ResultSet rs, int row) throws SQLException {
        Array co = rs.getArray("co_agencies");
        return new Question(rs.getObject("id", UUID.class), rs.getString("reference"),
                Question.Kind.valueOf(rs.getString("kind")), rs.getObject("asker_id", UUID.class),
                rs.getObject("account_id", UUID.class), rs.getObject("parent_id", UUID.class),
                rs.getString("procedure_code"), rs.getString("sector_code"), rs.getString("concerned_agency"),
                rs.getString("title"), rs.getString("body"), Question.Stage.valueOf(rs.getString("stage")),
                instant(rs, "submitted_at"), instant(rs, "forward_due_at"), instant(rs, "forwarded_at"),
                rs.getString("agency_code"), co == null ? List.of() : Arrays.asList((String[]) co.getArray()),
                instant(rs, "answer_due_at"), instant(rs, "return_due_at"), rs.getString("interim_reply"),
                instant(rs, "interim_reply_at"), instant(rs, "answered_at"), instant(rs, "published_at"),
                rs.getInt("version"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
