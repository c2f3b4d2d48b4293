package vn.dvc.portal.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;
import vn.dvc.portal.platform.VietnameseText;

/**
 * The FAQ (QA-5): the Centre decides which answered items are published; the published copy holds no
 * personal data (the asker's names removed, ID numbers, phones and e-mails masked). The FAQ is searched over
 * a diacritics-free form by words, procedure and sector.
 */
@Service
class Publication {

    private final Questions questions;
    private final Answers answers;
    private final Askers askers;
    private final JdbcClient jdbc;
    private final Clock clock;

    Publication(Questions questions, Answers answers, Askers askers, JdbcClient jdbc, Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.askers = askers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A published item as the FAQ shows it. */
    record FaqEntry(UUID id, String reference, String kind, String title, String body, String answer,
                    @Nullable String procedureCode, @Nullable String sectorCode, @Nullable String agencyCode,
                    Instant publishedAt) {
    }

    @PreAuthorize(QuestionWorkflow.CENTRE)
    @Transactional
    void publish(UUID id) {
        Question q = questions.findForUpdate(id).orElseThrow(() -> new ResourceNotFound("no item " + id));
        Instant now = clock.instant();
        q.published(now); // checks the stage
        Answer answer = answers.find(id).filter(a -> a.approvedAt() != null)
                .orElseThrow(() -> RefusedInput.of("stage", "feedback.error.stage.publish"));
        List<String> names = askers.find(q.askerId()).map(Asker::names).orElse(List.of());
        String title = PersonalDataMasking.mask(q.title(), names);
        String body = PersonalDataMasking.mask(q.body(), names);
        String answerText = PersonalDataMasking.mask(answer.body(), names);
        questions.publish(id, now, title, body, answerText);
        questions.record(id, now, "published", CurrentActor.name(), null, null);
    }

    /**
     * Published items matching every word of {@code query} (diacritics and case ignored), by procedure and
     * sector when given; newest first.
     */
    List<FaqEntry> search(@Nullable String query, @Nullable String sector, @Nullable String procedure, int limit,
            int offset) {
        StringBuilder sql = new StringBuilder("SELECT * FROM feedback_question WHERE published_at IS NOT NULL");
        List<Object> params = new ArrayList<>();
        List<String> words = words(query);
        for (String word : words) {
            sql.append(" AND search_text LIKE ?");
            params.add("%" + escape(word) + "%");
        }
        if (sector != null && !sector.isBlank()) {
            sql.append(" AND sector_code = ?");
            params.add(sector.strip());
        }
        if (procedure != null && !procedure.isBlank()) {
            sql.append(" AND procedure_code = ?");
            params.add(procedure.strip());
        }
        sql.append(" ORDER BY published_at DESC, id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(Publication::entry)
                .list();
    }

    int count(@Nullable String query, @Nullable String sector, @Nullable String procedure) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM feedback_question WHERE published_at IS NOT NULL");
        List<Object> params = new ArrayList<>();
        for (String word : words(query)) {
            sql.append(" AND search_text LIKE ?");
            params.add("%" + escape(word) + "%");
        }
        if (sector != null && !sector.isBlank()) {
            sql.append(" AND sector_code = ?");
            params.add(sector.strip());
        }
        if (procedure != null && !procedure.isBlank()) {
            sql.append(" AND procedure_code = ?");
            params.add(procedure.strip());
        }
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    /** Similar published answers while an asker types: the entries sharing the most words (at least two). */
    List<FaqEntry> similar(@Nullable String text, int limit) {
        List<String> words = words(text).stream().filter(w -> w.length() >= 3).distinct().limit(12).toList();
        if (words.size() < 2) {
            return List.of();
        }
        StringBuilder score = new StringBuilder("0");
        List<Object> params = new ArrayList<>();
        for (String word : words) {
            score.append(" + (CASE WHEN search_text LIKE ? THEN 1 ELSE 0 END)");
            params.add("%" + escape(word) + "%");
        }
        List<Object> all = new ArrayList<>(params);
        all.add(Math.min(2, words.size()));
        all.add(limit);
        return jdbc.sql("SELECT * FROM (SELECT q.*, " + score + " AS score FROM feedback_question q"
                        + " WHERE published_at IS NOT NULL) s WHERE score >= ? ORDER BY score DESC, published_at DESC LIMIT ?")
                .params(all)
                .query(Publication::entry)
                .list();
    }

    java.util.Optional<FaqEntry> find(UUID id) {
        return jdbc.sql("SELECT * FROM feedback_question WHERE id = :id AND published_at IS NOT NULL")
                .param("id", id).query(Publication::entry).optional();
    }

    private static FaqEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FaqEntry(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("kind"),
                rs.getString("published_title"), rs.getString("published_body"), rs.getString("published_answer"),
                rs.getString("procedure_code"), rs.getString("sector_code"), rs.getString("agency_code"),
                rs.getTimestamp("published_at").toInstant());
    }

    static List<String> words(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(VietnameseText.fold(query).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank()).limit(10)
                .toList();
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
