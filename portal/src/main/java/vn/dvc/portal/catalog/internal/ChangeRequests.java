package vn.dvc.portal.catalog.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.calendar.Standing;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Change requests of the catalogue with their legal deadlines (Art. 9): an agency change within
 * {@value #AGENCY_DAYS} working days of the written request, a procedure change within
 * {@value #PROCEDURE_DAYS} working days of the publishing decision. Deadlines come from the province's
 * working-time calendar, counted from the start of the basis date; "late" and "due soon" too.
 */
@Service
public class ChangeRequests {

    static final int AGENCY_DAYS = 5;
    static final int PROCEDURE_DAYS = 10;

    enum Kind { AGENCY, PROCEDURE }

    /** A recorded request, with what the Centre's list needs. */
    public record ChangeRequest(UUID id, Kind kind, String subjectCode, String summary, String basis,
                                LocalDate basisDate, OffsetDateTime due, boolean done, Standing standing,
                                String createdBy) {

        /** Open and past its due instant. */
        public boolean late() {
            return standing == Standing.OVERDUE;
        }
    }

    /** What the form sent. */
    record Draft(@Nullable String kind, @Nullable String subjectCode, @Nullable String summary,
                 @Nullable String basis, @Nullable String basisDate) {
    }

    private final JdbcClient jdbc;
    private final WorkingCalendars calendars;
    private final AgencyStore agencies;
    private final ProcedureStore procedures;
    private final AuditLog audit;
    private final Clock clock;

    ChangeRequests(JdbcClient jdbc, WorkingCalendars calendars, AgencyStore agencies, ProcedureStore procedures,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.agencies = agencies;
        this.procedures = procedures;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(CatalogAdministration.CENTRE_ONLY)
    @Transactional
    public UUID record(Draft draft) {
        List<FormError> errors = new ArrayList<>();
        Kind kind = null;
        try {
            kind = Kind.valueOf(AgencyDraft.trim(draft.kind()));
        } catch (IllegalArgumentException e) {
            errors.add(FormError.of("cr-kind", "catalog.change.error.kind"));
        }
        String subject = AgencyDraft.trim(draft.subjectCode()).toUpperCase(java.util.Locale.ROOT);
        if (kind == Kind.AGENCY && agencies.find(subject).isEmpty()) {
            errors.add(FormError.of("cr-subject", "catalog.change.error.agency"));
        } else if (kind == Kind.PROCEDURE && procedures.head(subject).isEmpty()) {
            errors.add(FormError.of("cr-subject", "catalog.change.error.procedure"));
        }
        String summary = AgencyDraft.trim(draft.summary());
        if (summary.isEmpty()) {
            errors.add(FormError.of("cr-summary", "catalog.change.error.summary"));
        }
        String basis = AgencyDraft.trim(draft.basis());
        if (basis.isEmpty()) {
            errors.add(FormError.of("cr-basis", "catalog.change.error.basis"));
        }
        LocalDate basisDate = null;
        try {
            basisDate = LocalDate.parse(AgencyDraft.trim(draft.basisDate()));
            if (basisDate.isAfter(LocalDate.now(clock))) {
                errors.add(FormError.of("cr-basisDate", "catalog.change.error.future"));
            }
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(FormError.of("cr-basisDate", "catalog.change.error.date"));
        }
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        OffsetDateTime due = dueOf(kind, basisDate);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO catalog_change_request (id, kind, subject_code, summary, basis, basis_date, due_at,
                            status, created_at, created_by)
                        VALUES (:id, :kind, :subject, :summary, :basis, :basisDate, :due, 'OPEN', :at, :actor)""")
                .param("id", id).param("kind", kind.name()).param("subject", subject).param("summary", summary)
                .param("basis", basis).param("basisDate", Date.valueOf(basisDate))
                .param("due", Timestamp.from(due.toInstant())).param("at", Timestamp.from(now))
                .param("actor", CurrentActor.name()).update();
        audit.record("catalog.change-request.recorded", "change-request", id.toString(),
                Map.of("kind", kind.name(), "subject", subject, "basis", basis, "due", due.toString()));
        return id;
    }

    @PreAuthorize(CatalogAdministration.CENTRE_ONLY)
    @Transactional
    public void complete(UUID id) {
        int updated = jdbc.sql("""
                        UPDATE catalog_change_request SET status = 'DONE', done_at = :at, done_by = :actor
                        WHERE id = :id AND status = 'OPEN'""")
                .param("at", Timestamp.from(clock.instant())).param("actor", CurrentActor.name()).param("id", id)
                .update();
        if (updated == 0) {
            throw new ResourceNotFound("no open change request " + id);
        }
        audit.record("catalog.change-request.done", "change-request", id.toString(), Map.of());
    }

    /** The due instant: {@code days} working days from the start of the basis date, by the province calendar. */
    OffsetDateTime dueOf(Kind kind, LocalDate basisDate) {
        Instant start = basisDate.atStartOfDay(WorkingCalendar.ZONE).toInstant();
        return calendars.province().due(start,
                Allowance.workingDays(kind == Kind.AGENCY ? AGENCY_DAYS : PROCEDURE_DAYS));
    }

    /** Open requests by due instant (late first), then the 20 last done. */
    @PreAuthorize(CatalogAdministration.CENTRE_ONLY)
    @Transactional(readOnly = true)
    public List<ChangeRequest> list() {
        WorkingCalendar calendar = calendars.province();
        Instant now = clock.instant();
        return jdbc.sql("""
                        (SELECT * FROM catalog_change_request WHERE status = 'OPEN' ORDER BY due_at)
                        UNION ALL
                        (SELECT * FROM catalog_change_request WHERE status = 'DONE' ORDER BY done_at DESC LIMIT 20)""")
                .query((rs, n) -> {
                    Instant due = rs.getTimestamp("due_at").toInstant();
                    boolean done = "DONE".equals(rs.getString("status"));
                    Standing standing = done ? Standing.finished(rs.getTimestamp("done_at").toInstant(), due)
                            : Standing.open(now, due, calendar, WorkingCalendar.WORKING_DAY);
                    return new ChangeRequest(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
                            rs.getString("subject_code"), rs.getString("summary"), rs.getString("basis"),
                            rs.getDate("basis_date").toLocalDate(), due.atOffset(
                                    WorkingCalendar.ZONE.getRules().getOffset(due)),
                            done, standing, rs.getString("created_by"));
                }).list();
    }
}
