package vn.dvc.portal.feedback.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies' answers and their citations. */
@Repository
class Answers {

    private final JdbcClient jdbc;

    Answers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a draft, replacing an earlier draft that was sent back. */
    void saveDraft(UUID questionId, Answer answer) {
        jdbc.sql("DELETE FROM feedback_answer WHERE question_id = :id AND approved_at IS NULL")
                .param("id", questionId).update();
        jdbc.sql("""
                        INSERT INTO feedback_answer (question_id, agency_code, agency_name, responder_name,
                            responder_position, responder_phone, body, drafted_by, drafted_at)
                        VALUES (:id, :agency, :agencyName, :name, :position, :phone, :body, :by, :at)""")
                .param("id", questionId).param("agency", answer.agencyCode()).param("agencyName", answer.agencyName())
                .param("name", answer.responderName()).param("position", answer.responderPosition())
                .param("phone", answer.responderPhone()).param("body", answer.body())
                .param("by", answer.draftedBy()).param("at", Timestamp.from(answer.draftedAt())).update();
        int ordinal = 0;
        for (Answer.Citation c : answer.citations()) {
            jdbc.sql("""
                            INSERT INTO feedback_citation (question_id, ordinal, number, issued_on, issuer, title)
                            VALUES (:id, :ordinal, :number, :date, :issuer, :title)""")
                    .param("id", questionId).param("ordinal", ++ordinal).param("number", c.number())
                    .param("date", Date.valueOf(c.issuedOn())).param("issuer", c.issuer()).param("title", c.title())
                    .update();
        }
    }

    void approve(UUID questionId, String approvedBy, Instant at) {
        jdbc.sql("UPDATE feedback_answer SET approved_by = :by, approved_at = :at WHERE question_id = :id")
                .param("id", questionId).param("by", approvedBy).param("at", Timestamp.from(at)).update();
    }

    Optional<Answer> find(UUID questionId) {
        List<Answer.Citation> citations = jdbc.sql(
                        "SELECT * FROM feedback_citation WHERE question_id = :id ORDER BY ordinal")
                .param("id", questionId)
                .query((rs, n) -> new Answer.Citation(rs.getString("number"), rs.getDate("issued_on").toLocalDate(),
                        rs.getString("issuer"), rs.getString("title")))
                .list();
        return jdbc.sql("SELECT * FROM feedback_answer WHERE question_id = :id").param("id", questionId)
                .query((rs, n) -> new Answer(rs.getString("agency_code"), rs.getString("agency_name"),
                        rs.getString("responder_name"), rs.getString("responder_position"),
                        rs.getString("responder_phone"), rs.getString("body"), citations, rs.getString("drafted_by"),
                        rs.getTimestamp("drafted_at").toInstant(), rs.getString("approved_by"),
                        Questions.instant(rs, "approved_at")))
                .optional();
    }
}
