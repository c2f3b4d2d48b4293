package vn.dvc.portal.processing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.ProcessDefinitionPublished;

/**
 * Publishing: every definition, from the edit form, an import file or the demo data, passes the same rules
 * ({@link DefinitionRules}) and becomes a new version of its scope's definition — unless it is identical to the
 * current version, which then stays (so importing an export again, or loading the demo data twice, changes
 * nothing). Audited; {@link ProcessDefinitionPublished} is published in the same transaction. Not guarded: the
 * Centre's entry points are in {@link ProcessAdministration}.
 */
@Component
public class ProcessPublisher {

    private final DefinitionStore store;
    private final DefinitionRules rules;
    private final DefinitionFormat format;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcessPublisher(DefinitionStore store, DefinitionRules rules, DefinitionFormat format, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.format = format;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What publishing did: the definition, its current version, and whether that version is new. */
    public record Published(UUID id, int version, boolean changed) {
    }

    /** @throws RefusedInput with the form's fields, nothing stored */
    @Transactional
    Published publish(DefinitionDraft draft) {
        List<FormError> errors = rules.check(draft);
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        return store(draft);
    }

    /**
     * Imports every definition of a document, or none.
     *
     * @throws RefusedInput naming each fault by its definition and field, nothing stored
     */
    @Transactional
    public List<Published> importDocument(String document) {
        List<DefinitionDraft> drafts = format.read(document);
        List<FormError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            for (FormError error : rules.check(drafts.get(i))) {
                errors.add(new FormError("definitions[" + i + "]." + error.field(), error.messageKey(),
                        error.arguments()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        return drafts.stream().map(this::store).toList();
    }

    private Published store(DefinitionDraft draft) {
        Instant now = clock.instant();
        Optional<UUID> existing = store.idOf(draft.scope());
        UUID id = existing.orElseGet(UUID::randomUUID);
        int version = 1;
        if (existing.isPresent()) {
            ProcessDefinition current = store.current(id).orElseThrow();
            if (DefinitionDraft.of(current).equals(draft)) {
                return new Published(id, current.version(), false);
            }
            version = current.version() + 1;
        } else {
            store.insertDefinition(id, draft.scope(), now);
        }
        long minutes = draft.steps().stream().mapToLong(s -> s.workingTime().toMinutes()).sum();
        store.insertVersion(id, version, draft, minutes, now, CurrentActor.name());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("procedureCode", draft.scope().procedureCode());
        details.put("version", version);
        details.put("steps", draft.steps().size());
        details.put("totalMinutes", minutes);
        audit.record("processing.definition.published", "process-definition", id.toString(), details);
        events.publishEvent(new ProcessDefinitionPublished(id, version, draft.scope().procedureCode(),
                draft.scope().agencyCode(), draft.scope().caseCode(), now));
        return new Published(id, version, true);
    }
}
