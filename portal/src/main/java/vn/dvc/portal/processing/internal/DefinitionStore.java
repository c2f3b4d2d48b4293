package vn.dvc.portal.processing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.processing.ProcessDefinition;

/** The definitions and their immutable versions ({@code processing_definition*}). */
@Repository
class DefinitionStore {

    private static final String SELECT = """
            SELECT d.id, v.version, d.procedure_code, d.from_procedure_version, d.to_procedure_version,
                   d.agency_code, d.case_code, v.name, v.steps::text, v.published_at, v.published_by
              FROM processing_definition d JOIN processing_definition_version v ON v.definition_id = d.id
            """;
    private static final String CURRENT = " AND v.version = (SELECT max(version) FROM processing_definition_version "
            + "WHERE definition_id = d.id)";

    private final JdbcClient jdbc;
    private final DefinitionFormat format;

    DefinitionStore(JdbcClient jdbc, DefinitionFormat format) {
        this.jdbc = jdbc;
        this.format = format;
    }

    /** The definition of exactly this scope, if there is one (locked for the publishing transaction). */
    Optional<UUID> idOf(ProcessDefinition.Scope scope) {
        return jdbc.sql("""
                        SELECT id FROM processing_definition
                         WHERE procedure_code = :code
                           AND coalesce(from_procedure_version, 0) = :from AND coalesce(to_procedure_version, 0) = :to
                           AND coalesce(agency_code, '') = :agency AND coalesce(case_code, '') = :case
                           FOR UPDATE""")
                .param("code", scope.procedureCode())
                .param("from", scope.fromProcedureVersion() == null ? 0 : scope.fromProcedureVersion())
                .param("to", scope.toProcedureVersion() == null ? 0 : scope.toProcedureVersion())
                .param("agency", scope.agencyCode() == null ? "" : scope.agencyCode())
                .param("case", scope.caseCode() == null ? "" : scope.caseCode())
                .query(UUID.class).optional();
    }

    void insertDefinition(UUID id, ProcessDefinition.Scope scope, Instant at) {
        jdbc.sql("""
                        INSERT INTO processing_definition (id, procedure_code, from_procedure_version,
                               to_procedure_version, agency_code, case_code, created_at)
                        VALUES (:id, :code, :from, :to, :agency, :case, :at)""")
                .param("id", id).param("code", scope.procedureCode())
                .param("from", scope.fromProcedureVersion()).param("to", scope.toProcedureVersion())
                .param("agency", scope.agencyCode()).param("case", scope.caseCode())
                .param("at", Timestamp.from(at)).update();
    }

    void insertVersion(UUID id, int version, DefinitionDraft draft, long totalMinutes, Instant at, String actor) {
        jdbc.sql("""
                        INSERT INTO processing_definition_version (definition_id, version, name, steps, total_minutes,
                               published_at, published_by)
                        VALUES (:id, :version, :name, CAST(:steps AS jsonb), :total, :at, :actor)""")
                .param("id", id).param("version", version).param("name", draft.name())
                .param("steps", format.steps(draft.steps()).toString()).param("total", totalMinutes)
                .param("at", Timestamp.from(at)).param("actor", actor).update();
    }

    Optional<ProcessDefinition> version(UUID id, int version) {
        return jdbc.sql(SELECT + " WHERE d.id = :id AND v.version = :version").param("id", id)
                .param("version", version).query(this::map).optional();
    }

    Optional<ProcessDefinition> current(UUID id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id" + CURRENT).param("id", id).query(this::map).optional();
    }

    List<ProcessDefinition> versions(UUID id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id ORDER BY v.version").param("id", id).query(this::map).list();
    }

    /** The current version of every definition of the procedure. */
    List<ProcessDefinition> currentOf(String procedureCode) {
        return jdbc.sql(SELECT + " WHERE d.procedure_code = :code" + CURRENT
                        + " ORDER BY d.agency_code NULLS FIRST, d.case_code NULLS FIRST, d.from_procedure_version")
                .param("code", procedureCode).query(this::map).list();
    }

    /** The procedure codes that have at least one definition. */
    List<String> procedureCodes() {
        return jdbc.sql("SELECT DISTINCT procedure_code FROM processing_definition ORDER BY procedure_code")
                .query(String.class).list();
    }

    private ProcessDefinition map(ResultSet rs, int row) throws SQLException {
        ProcessDefinition.Scope scope = new ProcessDefinition.Scope(rs.getString(3), integer(rs, 4), integer(rs, 5),
                rs.getString(6), rs.getString(7));
        return new ProcessDefinition(rs.getObject(1, UUID.class), rs.getInt(2), scope, rs.getString(8),
                format.readSteps(rs.getString(9)), rs.getTimestamp(10).toInstant(), rs.getString(11));
    }

    private static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
