package vn.dvc.portal.processing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessStep;
import vn.dvc.portal.processing.StepAction;

/**
 * The edit form as sent (every value as text, to show it again with its errors). Steps are numbered from 0 in
 * the field names ({@code step-0-allotment}); the form works without JavaScript: adding, removing and moving a
 * step are submit buttons that send the form back re-arranged, nothing is stored until "publish".
 */
record DefinitionForm(@Nullable String definitionId, String procedureCode, String agencyCode, String caseCode,
                      String fromProcedureVersion, String toProcedureVersion, String name, List<StepForm> steps) {

    record StepForm(String name, String role, String unitCode, String allotment, String unit, Set<String> actions) {

        static StepForm blank() {
            return new StepForm("", Role.SPECIALIST.name(), "", "", DurationUnit.WORKING_HOURS.name(),
                    new LinkedHashSet<>(List.of(StepAction.FORWARD.name())));
        }

        static StepForm of(ProcessStep step) {
            Set<String> actions = new LinkedHashSet<>();
            step.actions().forEach(a -> actions.add(a.name()));
            return new StepForm(step.name(), step.role().name(), step.unitCode() == null ? "" : step.unitCode(),
                    step.allotment().toPlainString(), step.unit().name(), actions);
        }
    }

    static DefinitionForm of(ProcessDefinition definition) {
        ProcessDefinition.Scope scope = definition.scope();
        return new DefinitionForm(definition.id().toString(), scope.procedureCode(), text(scope.agencyCode()),
                text(scope.caseCode()), text(scope.fromProcedureVersion()), text(scope.toProcedureVersion()),
                definition.name(), definition.steps().stream().map(StepForm::of).toList());
    }

    static DefinitionForm blank(String procedureCode, String name) {
        return new DefinitionForm(null, procedureCode, "", "", "", "", name, List.of(StepForm.blank()));
    }

    static DefinitionForm from(MultiValueMap<String, String> params) {
        int count = 0;
        while (params.containsKey("step-" + count + "-name")) {
            count++;
        }
        List<StepForm> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String prefix = "step-" + i + "-";
            List<String> actions = params.get(prefix + "actions");
            steps.add(new StepForm(value(params, prefix + "name"), value(params, prefix + "role"),
                    value(params, prefix + "unitCode"), value(params, prefix + "allotment"),
                    value(params, prefix + "unit"), new LinkedHashSet<>(actions == null ? List.of() : actions)));
        }
        String id = value(params, "definitionId");
        return new DefinitionForm(id.isEmpty() ? null : id, value(params, "procedureCode"),
                value(params, "agencyCode"), value(params, "caseCode"), value(params, "fromProcedureVersion"),
                value(params, "toProcedureVersion"), value(params, "name"), steps);
    }

    /** The form re-arranged by one of its buttons: {@code add}, {@code remove:i}, {@code up:i}, {@code down:i}. */
    DefinitionForm rearranged(String operation) {
        List<StepForm> changed = new ArrayList<>(steps);
        String[] parts = operation.split(":");
        int at = parts.length > 1 ? parseIndex(parts[1], changed.size()) : -1;
        switch (parts[0]) {
            case "add" -> changed.add(StepForm.blank());
            case "remove" -> {
                if (at >= 0) {
                    changed.remove(at);
                }
            }
            case "up" -> {
                if (at > 0) {
                    changed.add(at - 1, changed.remove(at));
                }
            }
            case "down" -> {
                if (at >= 0 && at < changed.size() - 1) {
                    changed.add(at + 1, changed.remove(at));
                }
            }
            default -> {
            }
        }
        return new DefinitionForm(definitionId, procedureCode, agencyCode, caseCode, fromProcedureVersion,
                toProcedureVersion, name, changed);
    }

    /**
     * The draft this form describes.
     *
     * @throws RefusedInput naming each field that is not a valid value
     */
    DefinitionDraft toDraft() {
        List<FormError> errors = new ArrayList<>();
        Integer from = version(fromProcedureVersion, "fromProcedureVersion", errors);
        Integer to = version(toProcedureVersion, "toProcedureVersion", errors);
        if (from != null && to != null && from > to) {
            errors.add(FormError.of("toProcedureVersion", "processing.error.versionRange"));
        }
        if (name.isBlank()) {
            errors.add(FormError.of("name", "processing.error.name"));
        }
        if (steps.isEmpty()) {
            errors.add(FormError.of("steps", "processing.error.noSteps"));
        }
        List<ProcessStep> parsed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = step(steps.get(i), i, errors);
            if (step != null) {
                parsed.add(step);
            }
        }
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        return new DefinitionDraft(new ProcessDefinition.Scope(procedureCode, from, to, blankToNull(agencyCode),
                blankToNull(caseCode)), name.strip(), parsed);
    }

    private static @Nullable ProcessStep step(StepForm form, int i, List<FormError> errors) {
        String prefix = "step-" + i + "-";
        int number = i + 1;
        int before = errors.size();
        if (form.name().isBlank()) {
            errors.add(FormError.of(prefix + "name", "processing.error.stepNameAt", number));
        }
        Role role = DefinitionFormat.enumValue(Role.class, form.role());
        if (role == null || !DefinitionFormat.STEP_ROLES.contains(role)) {
            errors.add(FormError.of(prefix + "role", "processing.error.roleAt", number));
        }
        DurationUnit unit = DefinitionFormat.enumValue(DurationUnit.class, form.unit());
        if (unit == null || !DefinitionFormat.STEP_UNITS.contains(unit)) {
            errors.add(FormError.of(prefix + "unit", "processing.error.unitAt", number));
        }
        BigDecimal allotment = decimal(form.allotment());
        String fault = Allotments.fault(allotment, unit);
        if (fault != null) {
            errors.add(FormError.of(prefix + "allotment", fault + "At", number));
        }
        List<StepAction> actions = new ArrayList<>();
        for (String name : form.actions()) {
            StepAction action = DefinitionFormat.enumValue(StepAction.class, name);
            if (action == null) {
                errors.add(FormError.of(prefix + "actions", "processing.error.actionAt", number));
            } else {
                actions.add(action);
            }
        }
        if (form.actions().isEmpty()) {
            errors.add(FormError.of(prefix + "actions", "processing.error.noActionsAt", number));
        }
        if (errors.size() > before || role == null || unit == null || allotment == null) {
            return null;
        }
        return new ProcessStep(form.name().strip(), role, blankToNull(form.unitCode()), allotment, unit, actions);
    }

    private static @Nullable BigDecimal decimal(String text) {
        try {
            return text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Integer version(String text, String field, List<FormError> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(FormError.of(field, "processing.error.procedureVersion"));
        return null;
    }

    private static int parseIndex(String text, int size) {
        try {
            int index = Integer.parseInt(text);
            return index >= 0 && index < size ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String value(MultiValueMap<String, String> params, String key) {
        String value = params.getFirst(key);
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
