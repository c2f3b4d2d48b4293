package vn.dvc.portal.processing.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessStep;
import vn.dvc.portal.processing.Processes;
import vn.dvc.portal.processing.StepAction;

/**
 * Where a dossier goes next: the first step of the process it starts with, the next or previous step of the
 * version it keeps, the part of another agency it is transferred to and the step it returns to. Each new step's
 * due instant comes from the working-time clock of the agency that holds it.
 */
@Component
public class StepPlanner {

    /** The process a dossier follows when its procedure has no definition: appraise, decide, return. */
    public static final UUID GENERIC = new UUID(0, 1);
    /** The one-step part of an agency a dossier is transferred to when that agency has no definition of its own. */
    public static final UUID TRANSFER_PART = new UUID(0, 2);

    private final Processes processes;
    private final WorkingCalendars calendars;

    StepPlanner(Processes processes, WorkingCalendars calendars) {
        this.processes = processes;
        this.calendars = calendars;
    }

    WorkingCalendar calendar(String agencyCode) {
        return calendars.forAgency(agencyCode);
    }

    /** The definition a new dossier starts with (the generic one if its procedure has none). */
    ProcessDefinition definitionFor(String procedureCode, int procedureVersion, String agency, String caseCode,
            Instant received, Instant due) {
        return processes.definitionFor(procedureCode, procedureVersion, agency, caseCode)
                .orElseGet(() -> generic(calendar(agency).workingTimeBetween(received, due)));
    }

    /** The first step of {@code definition} at {@code agency}. */
    StepRow first(ProcessingCase c, ProcessDefinition definition, String agency, Instant at) {
        return step(c, definition, 0, agency, null, at);
    }

    /** The step after {@code current}: the next of its process, the return point after a transfer, or none. */
    Optional<StepRow> next(ProcessingCase c, StepRow current, Instant at) {
        ProcessDefinition definition = definitionOf(c, current);
        if (current.stepIndex() + 1 < definition.steps().size()) {
            return Optional.of(step(c, definition, current.stepIndex() + 1, current.agencyCode(), current.returnTo(), at));
        }
        StepRow.ReturnPoint back = current.returnTo();
        if (back == null) {
            return Optional.empty();
        }
        ProcessDefinition lead = definition(c, back.definitionId(), back.definitionVersion());
        return Optional.of(step(c, lead, back.stepIndex(), back.agencyCode(), null, at));
    }

    /** The step before {@code current} in its process, if there is one. */
    Optional<StepRow> previous(ProcessingCase c, StepRow current, Instant at) {
        if (current.stepIndex() == 0) {
            return Optional.empty();
        }
        ProcessDefinition definition = definitionOf(c, current);
        return Optional.of(step(c, definition, current.stepIndex() - 1, current.agencyCode(), current.returnTo(), at));
    }

    /**
     * The first step of {@code agency}'s part: its own definition of the procedure if it has one, else one step
     * with the time the transferring step was allotted. The dossier returns to {@code current}'s step.
     */
    StepRow transferTo(ProcessingCase c, StepRow current, String agency, int procedureVersion, String caseCode, Instant at) {
        StepRow.ReturnPoint back = new StepRow.ReturnPoint(current.definitionId(), current.definitionVersion(),
                current.stepIndex(), current.agencyCode());
        ProcessDefinition part = processes.definitionFor(c.procedureCode(), procedureVersion, agency, caseCode)
                .filter(d -> agency.equals(d.scope().agencyCode()))
                .orElseGet(() -> transferPart(Duration.ofMinutes(current.allottedMinutes())));
        return step(c, part, 0, agency, back, at);
    }

    private StepRow step(ProcessingCase c, ProcessDefinition definition, int index, String agency,
            StepRow.@Nullable ReturnPoint returnTo, Instant at) {
        ProcessStep s = definition.steps().get(index);
        String unit = s.unitCode() != null ? s.unitCode() : s.role() == Role.DESK ? c.receivingAgency() : agency;
        Duration allotted = s.workingTime();
        Instant due = calendar(unit).plusWorkingTime(calendar(unit).nextWorkingInstant(at).toInstant(), allotted)
                .toInstant();
        return new StepRow(0, c.dossierId(), definition.id(), definition.version(), index, s.name(), s.role(), agency,
                unit, null, allotted.toMinutes(), s.actions(), at, due, 0, null, null, null, null, returnTo);
    }

    private ProcessDefinition definitionOf(ProcessingCase c, StepRow step) {
        if (step.definitionId().equals(TRANSFER_PART)) {
            return transferPart(Duration.ofMinutes(step.allottedMinutes()));
        }
        return definition(c, step.definitionId(), step.definitionVersion());
    }

    private ProcessDefinition definition(ProcessingCase c, UUID id, int version) {
        if (id.equals(GENERIC)) {
            return generic(calendar(c.leadAgency()).workingTimeBetween(c.receivedAt(), c.originalDue()));
        }
        return processes.version(id, version)
                .orElseThrow(() -> new IllegalStateException("process definition " + id + " v" + version + " is gone"));
    }

    /** Appraisal gets 60 % of the time limit, the decision 30 %, the return 10 % (in quarter hours, at least one). */
    public static ProcessDefinition generic(Duration limit) {
        long minutes = Math.max(3, limit.toMinutes());
        long decide = Math.max(1, minutes * 3 / 10);
        long hand = Math.max(1, minutes / 10);
        long appraise = Math.max(1, minutes - decide - hand);
        return new ProcessDefinition(GENERIC, 1, new ProcessDefinition.Scope("0.000000", null, null, null, null),
                "Quy trình chung", List.of(
                new ProcessStep("Chuyên viên thẩm định hồ sơ", Role.SPECIALIST, null, hours(appraise),
                        DurationUnit.WORKING_HOURS, List.of(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT,
                        StepAction.REFUSE, StepAction.TRANSFER)),
                new ProcessStep("Lãnh đạo phê duyệt kết quả", Role.LEADER, null, hours(decide),
                        DurationUnit.WORKING_HOURS, List.of(StepAction.RETURN_TO_PREVIOUS, StepAction.APPROVE)),
                new ProcessStep("Bộ phận Một cửa trả kết quả", Role.DESK, null, hours(hand),
                        DurationUnit.WORKING_HOURS, List.of(StepAction.RETURN_RESULT))),
                Instant.EPOCH, "system");
    }

    public static ProcessDefinition transferPart(Duration allotted) {
        return new ProcessDefinition(TRANSFER_PART, 1, new ProcessDefinition.Scope("0.000000", null, null, null, null),
                "Phần việc liên thông", List.of(new ProcessStep("Cơ quan phối hợp giải quyết phần việc liên thông",
                Role.SPECIALIST, null, hours(Math.max(1, allotted.toMinutes())), DurationUnit.WORKING_HOURS,
                List.of(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT))),
                Instant.EPOCH, "system");
    }

    /** Whole quarter hours (an exact decimal of hours), at least one. */
    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(Math.max(1, minutes / 15)).multiply(new BigDecimal("0.25"));
    }
}
