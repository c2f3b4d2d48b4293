package vn.dvc.portal.processing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessStep;
import vn.dvc.portal.processing.StepAction;

/**
 * The rules a definition must keep against the catalogue before it is published (see {@code docs/processing.md}):
 * the procedure and its versions exist, the case and the agency belong to it, each unit is the competent agency
 * or below one of the procedure's agencies, the steps can be walked from the first to the returned result, and
 * the steps together stay within the legal time limit of every case and channel they cover. Each fault names the
 * edit form's field it belongs to.
 */
@Component
class DefinitionRules {

    private final Procedures procedures;
    private final Agencies agencies;

    DefinitionRules(Procedures procedures, Agencies agencies) {
        this.procedures = procedures;
        this.agencies = agencies;
    }

    List<FormError> check(DefinitionDraft draft) {
        List<FormError> errors = new ArrayList<>();
        ProcessDefinition.Scope scope = draft.scope();
        if (draft.name().isBlank()) {
            errors.add(FormError.of("name", "processing.error.name"));
        }
        List<Procedure> covered = procedures.versions(scope.procedureCode()).stream()
                .filter(p -> p.status() != Procedure.Status.DRAFT)
                .filter(p -> scope.coversProcedureVersion(p.version())).toList();
        if (covered.isEmpty()) {
            errors.add(FormError.of("procedureCode", "processing.error.procedure", scope.procedureCode()));
            return errors;
        }
        if (scope.caseCode() != null && covered.stream().anyMatch(p -> p.findCase(scope.caseCode()).isEmpty())) {
            errors.add(FormError.of("caseCode", "processing.error.case", scope.caseCode()));
        }
        Procedure latest = covered.getLast();
        if (scope.agencyCode() != null && !agencyMayHandle(scope.agencyCode(), latest)) {
            errors.add(FormError.of("agencyCode", "processing.error.agency", scope.agencyCode()));
        }
        checkSteps(draft, latest, errors);
        if (errors.isEmpty()) {
            checkLimit(draft, covered, errors);
        }
        return errors;
    }

    private boolean agencyMayHandle(String agencyCode, Procedure procedure) {
        return agencies.find(agencyCode).isPresent()
                && Stream.concat(procedure.agencies(Procedure.AgencyRole.Kind.COMPETENT).stream(),
                        procedure.agencies(Procedure.AgencyRole.Kind.IMPLEMENTING).stream())
                .map(Procedure.AgencyRole::agencyCode).filter(Objects::nonNull)
                .anyMatch(listed -> agencies.isWithin(agencyCode, listed));
    }

    private void checkSteps(DefinitionDraft draft, Procedure procedure, List<FormError> errors) {
        List<ProcessStep> steps = draft.steps();
        if (steps.isEmpty()) {
            errors.add(FormError.of("steps", "processing.error.noSteps"));
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = steps.get(i);
            int number = i + 1;
            if (step.unitCode() != null && !unitBelongs(step.unitCode(), draft.scope().agencyCode(), procedure)) {
                errors.add(FormError.of("step-" + i + "-unitCode", "processing.error.stepUnit", number,
                        step.unitCode()));
            }
            boolean last = i == steps.size() - 1;
            if (i == 0 && step.actions().contains(StepAction.RETURN_TO_PREVIOUS)) {
                errors.add(FormError.of("step-" + i + "-actions", "processing.error.firstReturns", number));
            }
            if (!last && !step.actions().contains(StepAction.FORWARD)) {
                errors.add(FormError.of("step-" + i + "-actions", "processing.error.mustForward", number));
            }
            if (last && step.actions().contains(StepAction.FORWARD)) {
                errors.add(FormError.of("step-" + i + "-actions", "processing.error.lastForwards", number));
            }
            if (last && !step.actions().contains(StepAction.RETURN_RESULT)) {
                errors.add(FormError.of("step-" + i + "-actions", "processing.error.lastReturnsResult", number));
            }
        }
    }

    /** A unit is the definition's agency or below it, or one of the procedure's agencies or below one. */
    private boolean unitBelongs(String unitCode, @Nullable String agencyCode, Procedure procedure) {
        if (agencies.find(unitCode).isEmpty()) {
            return false;
        }
        if (agencyCode != null && agencies.isWithin(unitCode, agencyCode)) {
            return true;
        }
        return procedure.agencies().stream().map(Procedure.AgencyRole::agencyCode).filter(Objects::nonNull)
                .anyMatch(listed -> agencies.isWithin(unitCode, listed));
    }

    private static void checkLimit(DefinitionDraft draft, List<Procedure> covered, List<FormError> errors) {
        Limit tightest = null;
        for (Procedure procedure : covered) {
            for (Procedure.ProcedureCase c : procedure.cases()) {
                if (draft.scope().caseCode() != null && !draft.scope().caseCode().equals(c.code())) {
                    continue;
                }
                for (Procedure.SubmissionWay way : c.ways()) {
                    Duration budget = Allotments.budget(way.timeLimit());
                    if (tightest == null || budget.compareTo(tightest.budget()) < 0) {
                        tightest = new Limit(budget, way, c);
                    }
                }
            }
        }
        if (tightest == null) {
            return;
        }
        Duration running = Duration.ZERO;
        List<ProcessStep> steps = draft.steps();
        for (int i = 0; i < steps.size(); i++) {
            running = running.plus(steps.get(i).workingTime());
            if (running.compareTo(tightest.budget()) > 0) {
                Duration total = steps.stream().map(ProcessStep::workingTime).reduce(Duration.ZERO, Duration::plus);
                errors.add(FormError.of("step-" + i + "-allotment", "processing.error.exceedsLimit", i + 1,
                        Allotments.hours(total), tightest.way().timeLimit().toString(),
                        Allotments.hours(tightest.budget()), tightest.procedureCase().name(),
                        channel(tightest.way().channel())));
                return;
            }
        }
    }

    private static String channel(Procedure.Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "trực tiếp";
            case ONLINE -> "trực tuyến";
            case POSTAL -> "qua bưu chính";
        };
    }

    private record Limit(Duration budget, Procedure.SubmissionWay way, Procedure.ProcedureCase procedureCase) {
    }
}
