package vn.dvc.portal.processing.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessStep;
import vn.dvc.portal.processing.StepAction;

/**
 * The file format of process definitions (JSON, documented in {@code docs/processing.md}): a document
 * {@code {"format": "dvc-process-definitions/1", "definitions": [...]}}. Reading checks the shape and every value
 * and names each fault by its path; nothing here knows the catalogue (see {@link DefinitionRules}).
 */
@Component
class DefinitionFormat {

    static final String FORMAT = "dvc-process-definitions/1";

    /** The roles a step may be given: officers of an agency (not applicants, not the system administrator). */
    static final Set<Role> STEP_ROLES = Set.of(Role.DESK, Role.SPECIALIST, Role.LEADER, Role.CENTRE);

    static final Set<DurationUnit> STEP_UNITS = Set.of(DurationUnit.WORKING_HOURS, DurationUnit.WORKING_DAYS);

    private final JsonMapper json;

    DefinitionFormat(JsonMapper json) {
        this.json = json;
    }

    /**
     * The definitions of a document.
     *
     * @throws RefusedInput naming every fault, by path
     */
    List<DefinitionDraft> read(String document) {
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (JacksonException e) {
            throw new RefusedInput(List.of(FormError.of("file", "processing.import.syntax",
                    e.getOriginalMessage())));
        }
        List<FormError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new RefusedInput(List.of(FormError.of("file", "processing.import.notObject")));
        }
        if (!FORMAT.equals(text(root.get("format")))) {
            errors.add(FormError.of("format", "processing.import.format", FORMAT));
        }
        JsonNode list = root.get("definitions");
        if (list == null || !list.isArray() || list.isEmpty()) {
            errors.add(FormError.of("definitions", "processing.import.noDefinitions"));
            throw new RefusedInput(errors);
        }
        List<DefinitionDraft> drafts = new ArrayList<>();
        int i = 0;
        for (JsonNode element : list.values()) {
            DefinitionDraft draft = definition(element, "definitions[" + i++ + "]", errors);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        return drafts;
    }

    /** The document holding these definitions, pretty-printed; {@link #read} gives them back unchanged. */
    String write(List<DefinitionDraft> drafts) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("definitions");
        for (DefinitionDraft draft : drafts) {
            ObjectNode node = list.addObject();
            ProcessDefinition.Scope scope = draft.scope();
            node.put("procedureCode", scope.procedureCode());
            if (scope.fromProcedureVersion() != null) {
                node.put("fromProcedureVersion", scope.fromProcedureVersion());
            }
            if (scope.toProcedureVersion() != null) {
                node.put("toProcedureVersion", scope.toProcedureVersion());
            }
            putIfPresent(node, "agencyCode", scope.agencyCode());
            putIfPresent(node, "caseCode", scope.caseCode());
            node.put("name", draft.name());
            node.set("steps", steps(draft.steps()));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** The steps as stored (JSON array). */
    ArrayNode steps(List<ProcessStep> steps) {
        ArrayNode array = json.createArrayNode();
        for (ProcessStep step : steps) {
            ObjectNode node = array.addObject();
            node.put("name", step.name());
            node.put("role", step.role().name());
            putIfPresent(node, "unitCode", step.unitCode());
            node.put("allotment", step.allotment());
            node.put("unit", step.unit().name());
            ArrayNode actions = node.putArray("actions");
            step.actions().forEach(a -> actions.add(a.name()));
        }
        return array;
    }

    /** Steps as stored (trusted: written by {@link #steps(List)}). */
    List<ProcessStep> readSteps(String stored) {
        List<FormError> errors = new ArrayList<>();
        List<ProcessStep> steps = steps(json.readTree(stored), "steps", errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("stored steps unreadable: " + errors);
        }
        return steps;
    }

    private @Nullable DefinitionDraft definition(JsonNode node, String path, List<FormError> errors) {
        if (!node.isObject()) {
            errors.add(FormError.of(path, "processing.import.notObject"));
            return null;
        }
        int before = errors.size();
        String procedureCode = text(node.get("procedureCode"));
        if (procedureCode == null || !procedureCode.matches("[0-9]\\.[0-9]{6}")) {
            errors.add(FormError.of(path + ".procedureCode", "processing.import.procedureCode"));
        }
        Integer from = version(node, "fromProcedureVersion", path, errors);
        Integer to = version(node, "toProcedureVersion", path, errors);
        if (from != null && to != null && from > to) {
            errors.add(FormError.of(path + ".toProcedureVersion", "processing.error.versionRange"));
        }
        String agency = optionalText(node, "agencyCode", path, errors);
        String caseCode = optionalText(node, "caseCode", path, errors);
        String name = text(node.get("name"));
        if (name == null || name.isBlank()) {
            errors.add(FormError.of(path + ".name", "processing.error.name"));
        }
        List<ProcessStep> steps = steps(node.get("steps"), path + ".steps", errors);
        if (errors.size() > before || procedureCode == null || name == null) {
            return null;
        }
        return new DefinitionDraft(new ProcessDefinition.Scope(procedureCode, from, to, agency, caseCode), name,
                steps);
    }

    private List<ProcessStep> steps(@Nullable JsonNode node, String path, List<FormError> errors) {
        List<ProcessStep> steps = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            errors.add(FormError.of(path, "processing.error.noSteps"));
            return steps;
        }
        int i = 0;
        for (JsonNode element : node.values()) {
            ProcessStep step = step(element, path + "[" + i++ + "]", errors);
            if (step != null) {
                steps.add(step);
            }
        }
        return steps;
    }

    private @Nullable ProcessStep step(JsonNode node, String path, List<FormError> errors) {
        if (!node.isObject()) {
            errors.add(FormError.of(path, "processing.import.notObject"));
            return null;
        }
        int before = errors.size();
        String name = text(node.get("name"));
        if (name == null || name.isBlank()) {
            errors.add(FormError.of(path + ".name", "processing.error.stepName"));
        }
        Role role = enumValue(Role.class, text(node.get("role")));
        if (role == null || !STEP_ROLES.contains(role)) {
            errors.add(FormError.of(path + ".role", "processing.error.role", String.valueOf(text(node.get("role")))));
        }
        String unitCode = optionalText(node, "unitCode", path, errors);
        DurationUnit unit = enumValue(DurationUnit.class, text(node.get("unit")));
        if (unit == null || !STEP_UNITS.contains(unit)) {
            errors.add(FormError.of(path + ".unit", "processing.error.unit", String.valueOf(text(node.get("unit")))));
        }
        JsonNode amount = node.get("allotment");
        BigDecimal allotment = amount != null && amount.isNumber() ? new BigDecimal(amount.numberValue().toString())
                : null;
        String allotmentFault = Allotments.fault(allotment, unit);
        if (allotmentFault != null) {
            errors.add(FormError.of(path + ".allotment", allotmentFault,
                    amount == null ? "" : amount.toString()));
        }
        List<StepAction> actions = new ArrayList<>();
        JsonNode list = node.get("actions");
        if (list == null || !list.isArray() || list.isEmpty()) {
            errors.add(FormError.of(path + ".actions", "processing.error.noActions"));
        } else {
            for (JsonNode element : list.values()) {
                StepAction action = enumValue(StepAction.class, text(element));
                if (action == null) {
                    errors.add(FormError.of(path + ".actions", "processing.error.action",
                            String.valueOf(text(element))));
                } else {
                    actions.add(action);
                }
            }
        }
        if (errors.size() > before || name == null || role == null || unit == null || allotment == null) {
            return null;
        }
        return new ProcessStep(name, role, unitCode, allotment, unit, actions);
    }

    private static @Nullable Integer version(JsonNode node, String key, String path, List<FormError> errors) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asInt() < 1) {
            errors.add(FormError.of(path + "." + key, "processing.error.procedureVersion"));
            return null;
        }
        return value.asInt();
    }

    private static @Nullable String optionalText(JsonNode node, String key, String path, List<FormError> errors) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = text(value);
        if (text == null) {
            errors.add(FormError.of(path + "." + key, "processing.import.notText"));
            return null;
        }
        return text.isBlank() ? null : text;
    }

    private static @Nullable String text(@Nullable JsonNode value) {
        if (value == null || !value.isString()) {
            return null;
        }
        return Normalizer.normalize(value.asString().strip(), Normalizer.Form.NFC);
    }

    static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void putIfPresent(ObjectNode node, String key, @Nullable String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
