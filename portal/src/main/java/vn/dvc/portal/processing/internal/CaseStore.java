package vn.dvc.portal.processing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.calendar.Countdown;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.processing.StepAction;

/**
 * The processing runtime's tables (only this module reads them), and where a {@link ProcessingCase} is loaded and
 * saved: its row, its open step and its state — the dossier's status, read through {@link Dossiers}. Saving writes
 * the row one version later (the caller holds the lock and checked the version), applies the step changes, hands
 * the history entries to the dossier module ({@link Dossiers#advance} for a move, {@link Dossiers#record} for the
 * rest) and publishes the events, all in the caller's transaction.
 */
@Repository
public class CaseStore {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final ApplicationEventPublisher events;

    CaseStore(JdbcClient jdbc, Dossiers dossiers, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.events = events;
    }

    /**
     * Stores a case that {@link ProcessingCase#start started}, with its first step and history.
     *
     * @return false if the dossier's processing had already started (nothing is written: the call is idempotent)
     */
    boolean add(ProcessingCase c) {
        // no conflict target: when two starts of one dossier race (the DossierReceived listener and an explicit
        // start), the second may meet the first on the unique dossier_code before dossier_id, and must do nothing
        boolean inserted = jdbc.sql("""
                        INSERT INTO processing_case (dossier_id, dossier_code, procedure_code, lead_agency,
                            receiving_agency, received_at, original_due_at, due_at, started_at)
                        VALUES (:id, :code, :procedure, :lead, :receiving, :received, :originalDue, :due, :started)
                        ON CONFLICT DO NOTHING""")
                .param("id", c.dossierId()).param("code", c.dossierCode()).param("procedure", c.procedureCode())
                .param("lead", c.leadAgency()).param("receiving", c.receivingAgency())
                .param("received", ts(c.receivedAt())).param("originalDue", ts(c.originalDue()))
                .param("due", ts(c.due())).param("started", ts(c.startedAt())).update() == 1;
        if (inserted) {
            written(c);
        }
        return inserted;
    }

    /** The case of a dossier in processing (its state read from the dossier). */
    public Optional<ProcessingCase> find(UUID dossierId) {
        return dossiers.find(dossierId).flatMap(this::find);
    }

    /** The case of {@code dossier}, in the dossier's state as given. */
    Optional<ProcessingCase> find(DossierView dossier) {
        StepRow open = openStep(dossier.id()).orElse(null);
        return jdbc.sql("SELECT * FROM processing_case WHERE dossier_id = :id").param("id", dossier.id())
                .query((rs, n) -> processingCase(rs, dossier.status(), open)).optional();
    }

    /** Locks the case until the transaction ends (actions on one dossier are serialised), then loads it. */
    Optional<ProcessingCase> lock(UUID dossierId) {
        boolean exists = jdbc.sql("SELECT dossier_id FROM processing_case WHERE dossier_id = :id FOR UPDATE")
                .param("id", dossierId).query(UUID.class).optional().isPresent();
        return exists ? find(dossierId) : Optional.empty();
    }

    /** Writes the changed case, one version later (the caller holds the lock and checked the version). */
    void save(ProcessingCase c) {
        ProcessingCase.ReturnMethod returnMethod = c.returnMethod();
        Timeliness timeliness = c.timeliness();
        int updated = jdbc.sql("""
                        UPDATE processing_case SET due_at = :due, paused_since = :pausedSince,
                            paused_minutes = :pausedMinutes, supplement_requests = :supplements,
                            apology_at = :apologyAt, apology_agency = :apologyAgency, apology_reason = :apologyReason,
                            result_ready_at = :resultReady, timeliness = :timeliness,
                            result_file = :resultFile, result_signed = :signed, return_method = :returnMethod,
                            ended_at = :ended, row_version = row_version + 1
                        WHERE dossier_id = :id AND row_version = :version""")
                .param("id", c.dossierId()).param("version", c.rowVersion()).param("due", ts(c.due()))
                .param("pausedSince", ts(c.pausedSince())).param("pausedMinutes", c.pausedMinutes())
                .param("supplements", c.supplementRequests()).param("apologyAt", ts(c.apologyAt()))
                .param("apologyAgency", c.apologyAgency()).param("apologyReason", c.apologyReason())
                .param("resultReady", ts(c.resultReadyAt()))
                .param("timeliness", timeliness == null ? null : timeliness.name())
                .param("resultFile", c.resultFile()).param("signed", c.resultSigned())
                .param("returnMethod", returnMethod == null ? null : returnMethod.name())
                .param("ended", ts(c.endedAt())).update();
        if (updated != 1) {
            throw new ProcessingConflict(c.dossierId());
        }
        written(c);
    }

    /** What {@code c} changed, in order: its steps, the dossier's history, the events. */
    private void written(ProcessingCase c) {
        UUID id = c.dossierId();
        for (ProcessingCase.Change change : c.changes()) {
            switch (change) {
                case ProcessingCase.Change.StepOpened o -> insertStep(o.step());
                case ProcessingCase.Change.StepEnded e -> endStep(e.stepId(), e.at(), e.by(), e.outcome(),
                        e.timeliness());
                case ProcessingCase.Change.StepAssigned a -> assign(a.stepId(), a.assignee());
                case ProcessingCase.Change.StepPostponed p -> moveStepDue(p.stepId(), p.due(), p.pausedMinutes());
                case ProcessingCase.Change.Moved m -> dossiers.advance(id, m.action(), m.detail());
                case ProcessingCase.Change.Recorded r -> dossiers.record(id, r.action(), r.detail());
                case ProcessingCase.Change.Published p -> events.publishEvent(p.event());
            }
        }
        c.stored();
    }

    /** Every step the dossier has been at, in order. */
    List<StepRow> steps(UUID dossierId) {
        return jdbc.sql("SELECT * FROM processing_step WHERE dossier_id = :id ORDER BY id").param("id", dossierId)
                .query(CaseStore::stepRow).list();
    }

    Optional<StepRow> openStep(UUID dossierId) {
        return jdbc.sql("SELECT * FROM processing_step WHERE dossier_id = :id AND ended_at IS NULL")
                .param("id", dossierId).query(CaseStore::stepRow).optional();
    }

    private void insertStep(StepRow s) {
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

    private void endStep(long id, Instant at, String by, String outcome, Timeliness timeliness) {
        jdbc.sql("""
                        UPDATE processing_step SET ended_at = :at, ended_by = :by, outcome = :outcome,
                            timeliness = :timeliness
                        WHERE id = :id AND ended_at IS NULL""")
                .param("id", id).param("at", ts(at)).param("by", by).param("outcome", outcome)
                .param("timeliness", timeliness.name()).update();
    }

    private void assign(long stepId, @Nullable String assignee) {
        jdbc.sql("UPDATE processing_step SET assignee = :assignee WHERE id = :id AND ended_at IS NULL")
                .param("id", stepId).param("assignee", assignee).update();
    }

    /** After a pause: the open step's due instant moves too, and its paused time grows. */
    private void moveStepDue(long stepId, Instant due, long pausedMinutes) {
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

    /** The dossiers in progress whose appointment has passed (no result yet, not ended), most overdue first. */
    List<UUID> overdue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT dossier_id FROM processing_case
                        WHERE result_ready_at IS NULL AND ended_at IS NULL AND due_at < :now
                        ORDER BY due_at LIMIT :limit""")
                .param("now", ts(now)).param("limit", limit).query(UUID.class).list();
    }

    /** Cases of dossiers received by an agency (or below it: {@code agencies}) in [from, to). */
    List<ProcessingCase> receivedBetween(List<String> agencies, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT dossier_id FROM processing_case
                        WHERE (receiving_agency IN (:agencies) OR lead_agency IN (:agencies))
                            AND received_at >= :from AND received_at < :to ORDER BY received_at, dossier_code""")
                .param("agencies", agencies).param("from", ts(from)).param("to", ts(to))
                .query(UUID.class).list().stream().flatMap(id -> find(id).stream()).toList();
    }

    private static ProcessingCase processingCase(ResultSet rs, DossierStatus status, @Nullable StepRow open)
            throws SQLException {
        Instant received = instant(rs, "received_at");
        Instant apologyAt = instant(rs, "apology_at");
        UUID resultFile = rs.getObject("result_file", UUID.class);
        Instant resultReady = instant(rs, "result_ready_at");
        Instant ended = instant(rs, "ended_at");
        String returnMethod = rs.getString("return_method");
        return ProcessingCase.restore(
                new ProcessingCase.Particulars(rs.getObject("dossier_id", UUID.class), rs.getString("dossier_code"),
                        rs.getString("procedure_code"), rs.getString("lead_agency"), rs.getString("receiving_agency"),
                        received, instant(rs, "original_due_at"), instant(rs, "started_at")),
                status,
                new Countdown(received, instant(rs, "due_at").atZone(WorkingCalendar.ZONE).toOffsetDateTime(),
                        instant(rs, "paused_since"), Duration.ofMinutes(rs.getLong("paused_minutes"))),
                rs.getInt("supplement_requests"),
                apologyAt == null ? null : new ProcessingCase.Apology(apologyAt, rs.getString("apology_agency"),
                        rs.getString("apology_reason")),
                resultFile == null ? null : new ProcessingCase.Result(resultFile, rs.getBoolean("result_signed")),
                resultReady == null ? null : new ProcessingCase.Issue(resultReady,
                        Timeliness.valueOf(rs.getString("timeliness"))),
                ended == null ? null : new ProcessingCase.End(ended,
                        returnMethod == null ? null : ProcessingCase.ReturnMethod.valueOf(returnMethod)),
                open, rs.getInt("row_version"));
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
