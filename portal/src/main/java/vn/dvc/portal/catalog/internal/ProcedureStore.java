package vn.dvc.portal.catalog.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedure.AgencyRole;
import vn.dvc.portal.platform.VietnameseText;

/** The table {@code catalog_procedure}: one row per version. The status column is authoritative. */
@Repository
class ProcedureStore {

    /** What the importer needs to know of the newest version. */
    record Head(String code, int version, Procedure.Status status, String contentHash) {
    }

    private final JdbcClient jdbc;
    private final ProcedureJson json;

    ProcedureStore(JdbcClient jdbc, ProcedureJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Head> head(String code) {
        return jdbc.sql("""
                        SELECT code, version, status, content_hash FROM catalog_procedure WHERE code = :code
                        ORDER BY version DESC LIMIT 1""")
                .param("code", code)
                .query((rs, n) -> new Head(rs.getString(1), rs.getInt(2), Procedure.Status.valueOf(rs.getString(3)),
                        rs.getString(4)))
                .optional();
    }

    void insert(Procedure procedure, String contentHash, String searchExtra, Instant at, String actor) {
        String agencyCodes = "{" + String.join(",", procedure.agencies().stream().map(AgencyRole::agencyCode)
                .filter(java.util.Objects::nonNull).distinct().toList()) + "}";
        jdbc.sql("""
                        INSERT INTO catalog_procedure (code, version, status, name, sector_code, field_code,
                            online_level, level_names, agency_codes, name_folded, text_folded, content_hash, record,
                            decision_date, created_at, created_by, status_at)
                        VALUES (:code, :version, :status, :name, :sector, :field, :online, :levels::text[],
                            :agencies::text[], :nameFolded, :textFolded, :hash, :record::jsonb, :decisionDate, :at,
                            :actor, :at)""")
                .param("code", procedure.code()).param("version", procedure.version())
                .param("status", procedure.status().name()).param("name", procedure.name())
                .param("sector", procedure.sector().code()).param("field", procedure.field().code())
                .param("online", procedure.onlineLevel().name())
                .param("levels", arrayLiteral(procedure.levels()))
                .param("agencies", agencyCodes)
                .param("nameFolded", VietnameseText.fold(procedure.name()))
                .param("textFolded", VietnameseText.fold(searchableText(procedure) + " " + searchExtra))
                .param("hash", contentHash).param("record", json.write(procedure))
                .param("decisionDate", procedure.publishingDecision() == null ? null
                        : Date.valueOf(procedure.publishingDecision().date()))
                .param("at", Timestamp.from(at)).param("actor", actor)
                .update();
    }

    /** The stored search text of a version (it carries the national keywords and description). */
    String foldedText(String code, int version) {
        return jdbc.sql("SELECT text_folded FROM catalog_procedure WHERE code = :code AND version = :v")
                .param("code", code).param("v", version).query(String.class).single();
    }

    /** The newest version of every procedure, by name, for the Centre's list. */
    List<Procedure> heads() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (code) record::text, status FROM catalog_procedure
                        ORDER BY code, version DESC""")
                .query((rs, n) -> read(rs.getString(1), rs.getString(2))).list().stream()
                .sorted(java.util.Comparator.comparing(Procedure::name)).toList();
    }

    void setStatus(String code, int version, Procedure.Status status, Instant at) {
        jdbc.sql("UPDATE catalog_procedure SET status = :status, status_at = :at WHERE code = :code AND version = :v")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("code", code)
                .param("v", version).update();
    }

    Optional<Procedure> find(String code, int version) {
        return jdbc.sql("SELECT record::text, status FROM catalog_procedure WHERE code = :code AND version = :v")
                .param("code", code).param("v", version)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2))).optional();
    }

    Optional<Procedure> findPublished(String code) {
        return jdbc.sql("SELECT record::text, status FROM catalog_procedure WHERE code = :code AND status = 'PUBLISHED'")
                .param("code", code)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2))).optional();
    }

    List<Procedure> versions(String code) {
        return jdbc.sql("SELECT record::text, status FROM catalog_procedure WHERE code = :code ORDER BY version")
                .param("code", code)
                .query((rs, n) -> read(rs.getString(1), rs.getString(2))).list();
    }

    private Procedure read(String record, String status) {
        Procedure stored = json.read(record);
        return Versions.with(stored, stored.version(), Procedure.Status.valueOf(status));
    }

    /** Text besides the name that search looks in (ranked below the name). */
    static String searchableText(Procedure p) {
        StringBuilder text = new StringBuilder(p.code()).append(' ').append(p.sector().name()).append(' ')
                .append(p.field().name());
        p.agencies().forEach(a -> text.append(' ').append(a.name()));
        p.results().forEach(r -> text.append(' ').append(r));
        p.applicants().forEach(a -> text.append(' ').append(a));
        return text.toString();
    }

    private static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
