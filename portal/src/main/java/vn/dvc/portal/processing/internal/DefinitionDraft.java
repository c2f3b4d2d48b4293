package vn.dvc.portal.processing.internal;

import java.util.List;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessStep;

/** A definition's content before it is published: what an import file or the edit form holds. */
record DefinitionDraft(ProcessDefinition.Scope scope, String name, List<ProcessStep> steps) {

    DefinitionDraft {
        steps = List.copyOf(steps);
    }

    static DefinitionDraft of(ProcessDefinition definition) {
        return new DefinitionDraft(definition.scope(), definition.name(), definition.steps());
    }
}
