package vn.dvc.portal.processing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.processing.StepAction;

/** The processing runtime's tables (only this module reads them). */
@Repository
class CaseStore {

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID dossierId) {
        return jdbc.sql("SELECT count(*) FROM processing_case WHERE dossier_id = :id").param("id", dossierId)
                .query(Integer.class).single() > 0;
    }

    /** @return false if the dossier's processing had already started (the call is idempotent) */
    boolean insert(CaseRow c) {
        return jdbc.sql("""
                        INSERT INTO processing_case (dossier_id, dossier_code, procedure_code, lead_agency,
                            receiving_agency, received_at, original_due_at, due_at, state, started_at)
                        VALUES (:id, :code, :procedure, :lead, :receiving, :received, :due, :due, :state, :started)
                        ON CONFLICT (dossier_id) DO NOTHING""")
                .param("id", c.dossierId()).param("code", c.dossierCode()).param("procedure", c.procedureCode())
                .param("lead", c.leadAgency()).param("receiving", c.receivingAgency())
                .param("received", ts(c.receivedAt())).param("due", ts(c.due())).param("state", c.state().name())
                .param("started", ts(c.startedAt())).update() == 1;
    }

    Optional<CaseRow> find(UUID dossierId) {
        return jdbc.sql("SELECT * FROM processing_case WHERE dossier_id = :id").param("id", dossierId)
                .query(CaseStore::caseRow).optional();
    }

    /** Locks the case until the transaction ends: actions on one dossier are serialised. */
    Optional<CaseRow> lock(UUID dossierId) {
        return jdbc.sql("SELECT * FROM processing_case WHERE dossier_id = :id FOR UPDATE").param("id", dossierId)
                .query(CaseStore::caseRow).optional();
    }

    /** Writes the changed case, one version later (the caller holds the lock and checked the version). */
    void update(CaseRow c) {
        int updated = jdbc.sql("""
                        UPDATE processing_case SET due_at = :due, paused_since = :pausedSince,
                            paused_minutes = :pausedMinutes, supplement_requests = :supplements,
                            apology_at = :apologyAt, apology_agency = :apologyAgency, apology_reason = :apologyReason,
                            state = :state, result_ready_at = :resultReady, timeliness = :timeliness,
                            result_file = :resultFile, result_signed = :signed, return_method = :returnMethod,
                            ended_at = :ended, row_version = row_version + 1
                        WHERE dossier_id = :id AND row_version = :version""")
                .param("id", c.dossierId()).param("version", c.rowVersion()).param("due", ts(c.due()))
                .param("pausedSince", ts(c.pausedSince())).param("pausedMinutes", c.pausedMinutes())
                .param("supplements", c.supplementRequests()).param("apologyAt", ts(c.apologyAt()))
                .param("apologyAgency", c.apologyAgency()).param("apologyReason", c.apologyReason())
                .param("state", c.state().name()).param("resultReady", ts(c.resultReadyAt()))
                .param("timeliness", c.timeliness()).param("resultFile", c.resultFile())
                .param("signed", c.resultSigned()).param("returnMethod", c.returnMethod())
                .param("ended", ts(c.endedAt())).update();
        if (updated != 1) {
            throw new ProcessingConflict(c.dossierId());
        }
    }

    List<StepRow> steps(UUID dossierId) {
        return jdbc.sql("SELECT * FROM processing_step WHERE dossier_id = :id ORDER BY id").param("id", dossierId)
                .query(CaseStore::stepRow).list();
    }

    Optional<StepRow> openStep(UUID dossierId) {
        return jdbc.sql("SELECT * FROM processing_step WHERE dossier_id = :id AND ended_at IS NULL")
                .param("id", dossierId).query(CaseStore::stepRow).optional();
    }

    void insertStep(StepRow s) {
        StepRow.ReturnPoint r = s.returnTo();
        jdbc.sql("""
                        INSERT INTO processing_step (dossier_id, definition_id, definition_version, step_index,
                            step_name, role, agency_code, unit_code, assignee, allotted_minutes, actions, started_at,
                            due_at, return_definition_id, return_definition_version, return_step_index, return_agency)
                        VALUES (:dossier, :definition, :version, :index, :name, :role, :agency, :unit, :assignee,
                            :allotted, :actions, :started, :due, :rDef, :rVersion, :rIndex, :rAgency)""")
                .param("dossier", s.dossierId()).param("definition", s.definitionId())
                .param("version", s.definitionVersion()).param("index", s.stepIndex()).param("name", s.stepName())
                .param("role", s.role().name()).param("agency", s.agencyCode()).param("unit", s.unitCode())
                .param("assignee", s.assignee()).param("allotted", s.allottedMinutes())
                .param("actions", s.actions().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("started", ts(s.startedAt())).param("due", ts(s.due()))
                .param("rDef", r == null ? null : r.definitionId()).param("rVersion", r == null ? null : r.definitionVersion())
                .param("rIndex", r == null ? null : r.stepIndex()).param("rAgency", r == null ? null : r.agencyCode())
                .update();
    }

    void endStep(long id, Instant at, String by, String outcome, String timeliness) {
        jdbc.sql("""
                        UPDATE processing_step SET ended_at = :at, ended_by = :by, outcome = :outcome,
                            timeliness = :timeliness
                        WHERE id = :id AND ended_at IS NULL""")
                .param("id", id).param("at", ts(at)).param("by", by).param("outcome", outcome)
                .param("timeliness", timeliness).update();
    }

    void assign(long stepId, @Nullable String assignee) {
        jdbc.sql("UPDATE processing_step SET assignee = :assignee WHERE id = :id AND ended_at IS NULL")
                .param("id", stepId).param("assignee", assignee).update();
    }

    /** After a pause: the open step's due instant moves too, and its paused time grows. */
    void moveStepDue(long stepId, Instant due, long pausedMinutes) {
        jdbc.sql("UPDATE processing_step SET due_at = :due, paused_minutes = paused_minutes + :paused WHERE id = :id")
                .param("id", stepId).param("due", ts(due)).param("paused", pausedMinutes).update();
    }

    /** The open steps of units in {@code units} (null: every unit), earliest due first. */
    List<StepRow> openSteps(@Nullable List<String> units, int limit) {
        String where = units == null ? "" : " AND unit_code IN (:units)";
        var spec = jdbc.sql("SELECT * FROM processing_step WHERE ended_at IS NULL" + where
                + " ORDER BY due_at, id LIMIT :limit").param("limit", limit);
        if (units != null) {
            spec = spec.param("units", units.isEmpty() ? List.of("") : units);
        }
        return spec.query(CaseStore::stepRow).list();
    }

    /** Open cases whose appointment has passed, most overdue first. */
    List<CaseRow> overdue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT * FROM processing_case WHERE state IN ('ACTIVE', 'PAUSED') AND due_at < :now
                        ORDER BY due_at LIMIT :limit""")
                .param("now", ts(now)).param("limit", limit).query(CaseStore::caseRow).list();
    }

    /** Cases of dossiers received by an agency (or below it: {@code agencies}) in [from, to). */
    List<CaseRow> receivedBetween(List<String> agencies, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT * FROM processing_case WHERE (receiving_agency IN (:agencies) OR lead_agency IN (:agencies))
                            AND received_at >= :from AND received_at < :to ORDER BY received_at, dossier_code""")
                .param("agencies", agencies).param("from", ts(from)).param("to", ts(to))
                .query(CaseStore::caseRow).list();
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getObject("dossier_id", UUID.class), rs.getString("dossier_code"),
                rs.getString("procedure_code"), rs.getString("lead_agency"), rs.getString("receiving_agency"),
                instant(rs, "received_at"), instant(rs, "original_due_at"), instant(rs, "due_at"),
                instant(rs, "paused_since"), rs.getLong("paused_minutes"), rs.getInt("supplement_requests"),
                instant(rs, "apology_at"), rs.getString("apology_agency"), rs.getString("apology_reason"),
                CaseRow.State.valueOf(rs.getString("state")), instant(rs, "result_ready_at"),
                rs.getString("timeliness"), rs.getObject("result_file", UUID.class), rs.getBoolean("result_signed"),
                rs.getString("return_method"), instant(rs, "ended_at"), instant(rs, "started_at"),
                rs.getInt("row_version"));
    }

    private static StepRow stepRow(ResultSet rs, int n) throws SQLException {
        UUID returnDefinition = rs.getObject("return_definition_id", UUID.class);
        return new StepRow(rs.getLong("id"), rs.getObject("dossier_id", UUID.class),
                rs.getObject("definition_id", UUID.class), rs.getInt("definition_version"), rs.getInt("step_index"),
                rs.getString("step_name"), Role.valueOf(rs.getString("role")), rs.getString("agency_code"),
                rs.getString("unit_code"), rs.getString("assignee"), rs.getLong("allotted_minutes"),
                Arrays.stream(rs.getString("actions").split(",")).filter(a -> !a.isEmpty()).map(StepAction::valueOf)
                        .toList(),
                instant(rs, "started_at"), instant(rs, "due_at"), rs.getLong("paused_minutes"),
                instant(rs, "ended_at"), rs.getString("ended_by"), rs.getString("outcome"),
                rs.getString("timeliness"),
                returnDefinition == null ? null : new StepRow.ReturnPoint(returnDefinition,
                        rs.getInt("return_definition_version"), rs.getInt("return_step_index"),
                        rs.getString("return_agency")));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
