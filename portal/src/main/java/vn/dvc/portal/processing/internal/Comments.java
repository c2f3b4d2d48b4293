package vn.dvc.portal.processing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Accountability (EVAL-3): an applicant's comment about how their dossier is handled is attached to the agency
 * and the officer responsible at that moment (the open step, else the lead agency) and stays open until an
 * officer of that agency answers it.
 */
@Service
public class Comments {

    public record Comment(UUID id, String text, String agencyCode, @Nullable String officer, @Nullable String stepName,
                   Instant createdAt, @Nullable String answer, @Nullable String answeredBy, @Nullable Instant answeredAt) {
    }

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final Dossiers dossiers;
    private final Permissions permissions;
    private final Clock clock;

    Comments(JdbcClient jdbc, CaseStore store, Dossiers dossiers, Permissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.dossiers = dossiers;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    UUID add(UUID dossierId, String text) {
        SignedInUser user = permissions.user();
        DossierView d = dossiers.find(dossierId).orElseThrow(() -> new ResourceNotFound("no dossier " + dossierId));
        if (!permissions.isOwner(user, d)) {
            throw new ResourceNotFound("no dossier " + dossierId);
        }
        ProcessingCase c = store.find(d)
                .orElseThrow(() -> RefusedInput.of("comment", "processing.error.notInProcessing"));
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > 2000) {
            throw RefusedInput.of("comment", "processing.error.commentRequired");
        }
        StepRow open = store.openStep(dossierId).orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO processing_comment (id, dossier_id, account_id, text, agency_code, officer, step_name,
                            created_at)
                        VALUES (:id, :dossier, :account, :text, :agency, :officer, :step, :at)""")
                .param("id", id).param("dossier", dossierId).param("account", user.getAccountId()).param("text", clean)
                .param("agency", open == null ? c.leadAgency() : open.unitCode())
                .param("officer", open == null ? null : open.assignee())
                .param("step", open == null ? null : open.stepName()).param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    @Transactional
    void answer(UUID dossierId, UUID commentId, String answer) {
        SignedInUser user = permissions.user();
        Comment comment = of(dossierId).stream().filter(c -> c.id().equals(commentId)).findFirst()
                .orElseThrow(() -> new ResourceNotFound("no comment " + commentId));
        ProcessingCase c = store.find(dossierId).orElseThrow();
        permissions.require(permissions.maySee(user, c, store.steps(dossierId))
                && user.getRoles().stream().anyMatch(vn.dvc.portal.identity.Role::isOfficerRole), "answer");
        String clean = answer == null ? "" : answer.strip();
        if (clean.isEmpty() || clean.length() > 2000) {
            throw RefusedInput.of("answer", "processing.error.answerRequired");
        }
        int updated = jdbc.sql("""
                        UPDATE processing_comment SET answer = :answer, answered_by = :by, answered_at = :at
                        WHERE id = :id AND answered_at IS NULL""")
                .param("id", comment.id()).param("answer", clean).param("by", user.getName())
                .param("at", Timestamp.from(clock.instant())).update();
        if (updated == 1 && c.isInProgress()) {
            dossiers.record(dossierId, "COMMENT", HistoryDetail.builder(clean).agency(comment.agencyCode()).build());
        }
    }

    /** Dossiers with comments not yet answered whose responsible agency is one of {@code agencies}, oldest first. */
    List<UUID> unanswered(List<String> agencies, int limit) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT dossier_id FROM processing_comment WHERE answered_at IS NULL AND agency_code IN (:agencies)
                        GROUP BY dossier_id ORDER BY min(created_at) LIMIT :limit""")
                .param("agencies", agencies).param("limit", limit).query(UUID.class).list();
    }

    List<Comment> of(UUID dossierId) {
        return jdbc.sql("SELECT * FROM processing_comment WHERE dossier_id = :id ORDER BY created_at")
                .param("id", dossierId).query((rs, n) -> new Comment(rs.getObject("id", UUID.class),
                        rs.getString("text"), rs.getString("agency_code"), rs.getString("officer"),
                        rs.getString("step_name"), rs.getTimestamp("created_at").toInstant(), rs.getString("answer"),
                        rs.getString("answered_by"),
                        rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant()))
                .list();
    }
}
