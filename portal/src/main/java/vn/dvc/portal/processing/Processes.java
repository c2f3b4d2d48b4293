package vn.dvc.portal.processing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The process definitions, for the processing runtime and other modules. */
public interface Processes {

    /**
     * The current version of the definition a new dossier follows, most specific first: agency and case,
     * then agency, then case, then the procedure alone; among equals, a bounded procedure-version range before
     * an open one. Only definitions whose procedure-version range covers {@code procedureVersion} count.
     *
     * @param agencyCode the agency handling the dossier, null if not known
     * @param caseCode   the procedure case, null if not known
     */
    Optional<ProcessDefinition> definitionFor(String procedureCode, int procedureVersion, @Nullable String agencyCode,
            @Nullable String caseCode);

    /** The given version of a definition (a started dossier keeps its version). */
    Optional<ProcessDefinition> version(UUID id, int version);

    /** The current (latest) version of a definition. */
    Optional<ProcessDefinition> current(UUID id);

    /** The current versions of every definition of a procedure. */
    List<ProcessDefinition> definitions(String procedureCode);
}
