package vn.dvc.portal.processing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.ProcedureIndex;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;
import vn.dvc.portal.processing.ProcessDefinition;

/**
 * The Centre's work on process definitions (role {@code CENTRE}, or {@code ADMIN}): the overview, a definition
 * and its versions, publishing an edited definition, import and export. Every entry point is guarded here, so a
 * page that reaches one without the role answers 403.
 */
@Service
public class ProcessAdministration {

    static final String CENTRE_ONLY = "hasAnyRole('CENTRE', 'ADMIN')";

    private final ProcedureIndex index;
    private final Procedures procedures;
    private final DefinitionStore store;
    private final ProcessPublisher publisher;
    private final DefinitionFormat format;
    private final OfficerScope scope;

    ProcessAdministration(ProcedureIndex index, Procedures procedures, DefinitionStore store,
            ProcessPublisher publisher, DefinitionFormat format, OfficerScope scope) {
        this.scope = scope;
        this.index = index;
        this.procedures = procedures;
        this.store = store;
        this.publisher = publisher;
        this.format = format;
    }

    /** A published procedure with the current versions of its definitions (maybe none). */
    record ProcedureRow(Procedure procedure, List<ProcessDefinition> definitions) {
    }

    @PreAuthorize(CENTRE_ONLY)
    public List<ProcedureRow> overview() {
        return index.published().stream().map(p -> new ProcedureRow(p, store.currentOf(p.code()))).toList();
    }

    @PreAuthorize(CENTRE_ONLY)
    public ProcedureRow procedure(String code) {
        Procedure procedure = procedures.findPublished(code)
                .orElseThrow(() -> new ResourceNotFound("no published procedure " + code));
        return new ProcedureRow(procedure, store.currentOf(code));
    }

    /** Every version of a definition, oldest first. */
    @PreAuthorize(CENTRE_ONLY)
    public List<ProcessDefinition> versions(UUID id) {
        List<ProcessDefinition> versions = store.versions(id);
        if (versions.isEmpty()) {
            throw new ResourceNotFound("no process definition " + id);
        }
        return versions;
    }

    /** The current version, to edit. */
    @PreAuthorize(CENTRE_ONLY)
    public ProcessDefinition editable(UUID id) {
        return store.current(id).orElseThrow(() -> new ResourceNotFound("no process definition " + id));
    }

    @PreAuthorize(CENTRE_ONLY)
    public Optional<Procedure> publishedProcedure(String code) {
        return procedures.findPublished(code);
    }

    /**
     * An agency-specific definition needs the agency in the officer's scope (the Centre's scope is the province).
     *
     * @throws RefusedInput with the form's fields, nothing stored
     */
    @PreAuthorize(CENTRE_ONLY)
    public ProcessPublisher.Published publish(DefinitionDraft draft) {
        if (draft.scope().agencyCode() != null) {
            scope.require(draft.scope().agencyCode());
        }
        return publisher.publish(draft);
    }

    /** @throws RefusedInput naming each fault, nothing stored */
    @PreAuthorize(CENTRE_ONLY)
    public List<ProcessPublisher.Published> importDocument(String document) {
        return publisher.importDocument(document);
    }

    /** The definition's given version as an import file. */
    @PreAuthorize(CENTRE_ONLY)
    public String export(UUID id, int version) {
        ProcessDefinition definition = store.version(id, version)
                .orElseThrow(() -> new ResourceNotFound("no process definition " + id + " v" + version));
        return format.write(List.of(DefinitionDraft.of(definition)));
    }
}
