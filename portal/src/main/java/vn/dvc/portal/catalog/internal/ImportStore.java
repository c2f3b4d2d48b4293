package vn.dvc.portal.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table {@code catalog_import}: each import's progress and report. */
@Repository
class ImportStore {

    /** An import as the upload page shows it. */
    record ImportJob(UUID id, String source, String status, int total, int processed, int added, int changed,
                     int unchanged, int rejected, List<ImportReport.Entry> entries, @Nullable String failure,
                     Instant startedAt, @Nullable Instant finishedAt, String startedBy) {

        public int percent() {
            return total == 0 ? ("RUNNING".equals(status) ? 0 : 100) : processed * 100 / total;
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }

        public List<ImportReport.Entry> notable() {
            return entries.stream().filter(e -> e.outcome() != ImportReport.Outcome.UNCHANGED).toList();
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void start(UUID id, String source, int total, Instant at, String actor) {
        jdbc.sql("""
                        INSERT INTO catalog_import (id, source, status, total, started_at, started_by)
                        VALUES (:id, :source, 'RUNNING', :total, :at, :actor)""")
                .param("id", id).param("source", source).param("total", total).param("at", Timestamp.from(at))
                .param("actor", actor).update();
    }

    void progress(UUID id, ImportReport report) {
        jdbc.sql("""
                        UPDATE catalog_import SET processed = :processed, added = :added, changed = :changed,
                            unchanged = :unchanged, rejected = :rejected WHERE id = :id""")
                .param("processed", report.entries().size())
                .param("added", (int) report.count(ImportReport.Outcome.ADDED))
                .param("changed", (int) report.count(ImportReport.Outcome.CHANGED))
                .param("unchanged", (int) report.count(ImportReport.Outcome.UNCHANGED))
                .param("rejected", (int) report.count(ImportReport.Outcome.REJECTED))
                .param("id", id).update();
    }

    void finish(UUID id, ImportReport report, Instant at) {
        progress(id, report);
        jdbc.sql("UPDATE catalog_import SET status = 'FINISHED', entries = :entries::jsonb, finished_at = :at WHERE id = :id")
                .param("entries", json.writeValueAsString(report.entries())).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    /** Where a job fed record by record stands, without its report. */
    record Counted(String status, int processed, String startedBy) {
    }

    Optional<Counted> counted(UUID id) {
        return jdbc.sql("SELECT status, processed, started_by FROM catalog_import WHERE id = :id").param("id", id)
                .query((rs, n) -> new Counted(rs.getString("status"), rs.getInt("processed"),
                        rs.getString("started_by"))).optional();
    }

    /**
     * Counts one more record of a job fed record by record and adds it to the report at once, unless it is
     * unchanged (only counted: the report shows what changed or was rejected, and stays small).
     */
    void append(UUID id, ImportReport.Entry entry) {
        jdbc.sql("""
                        UPDATE catalog_import SET processed = processed + 1,
                            added = added + CASE WHEN :outcome = 'ADDED' THEN 1 ELSE 0 END,
                            changed = changed + CASE WHEN :outcome = 'CHANGED' THEN 1 ELSE 0 END,
                            unchanged = unchanged + CASE WHEN :outcome = 'UNCHANGED' THEN 1 ELSE 0 END,
                            rejected = rejected + CASE WHEN :outcome = 'REJECTED' THEN 1 ELSE 0 END,
                            entries = CASE WHEN :outcome = 'UNCHANGED' THEN entries ELSE entries || :entry::jsonb END
                        WHERE id = :id AND status = 'RUNNING'""")
                .param("outcome", entry.outcome().name())
                .param("entry", json.writeValueAsString(List.of(entry)))
                .param("id", id).update();
    }

    /** Ends a job fed record by record: its counts and report are already stored. */
    void close(UUID id, Instant at) {
        jdbc.sql("UPDATE catalog_import SET status = 'FINISHED', finished_at = :at WHERE id = :id AND status = 'RUNNING'")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void fail(UUID id, String failure, Instant at) {
        jdbc.sql("UPDATE catalog_import SET status = 'FAILED', failure = :failure, finished_at = :at WHERE id = :id")
                .param("failure", failure).param("at", Timestamp.from(at)).param("id", id).update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT *, entries::text AS entries_text FROM catalog_import WHERE id = :id").param("id", id)
                .query((rs, n) -> {
                    Timestamp finished = rs.getTimestamp("finished_at");
                    return new ImportJob(rs.getObject("id", UUID.class), rs.getString("source"),
                            rs.getString("status"), rs.getInt("total"), rs.getInt("processed"), rs.getInt("added"),
                            rs.getInt("changed"), rs.getInt("unchanged"), rs.getInt("rejected"),
                            json.readValue(rs.getString("entries_text"), new TypeReference<List<ImportReport.Entry>>() {
                            }), rs.getString("failure"), rs.getTimestamp("started_at").toInstant(),
                            finished == null ? null : finished.toInstant(), rs.getString("started_by"));
                }).optional();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.sql("SELECT id FROM catalog_import ORDER BY started_at DESC LIMIT :limit").param("limit", limit)
                .query(UUID.class).list().stream().map(this::find).flatMap(Optional::stream).toList();
    }
}
