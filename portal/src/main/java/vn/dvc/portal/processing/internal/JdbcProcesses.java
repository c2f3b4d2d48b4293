package vn.dvc.portal.processing.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.dvc.portal.processing.ProcessDefinition;
import vn.dvc.portal.processing.Processes;

/** Reads and resolution of process definitions (open to every module: definitions are not personal data). */
@Service
class JdbcProcesses implements Processes {

    private final DefinitionStore store;

    JdbcProcesses(DefinitionStore store) {
        this.store = store;
    }

    @Override
    public Optional<ProcessDefinition> definitionFor(String procedureCode, int procedureVersion,
            @Nullable String agencyCode, @Nullable String caseCode) {
        return store.currentOf(procedureCode).stream()
                .filter(d -> d.scope().coversProcedureVersion(procedureVersion))
                .filter(d -> d.scope().agencyCode() == null || d.scope().agencyCode().equals(agencyCode))
                .filter(d -> d.scope().caseCode() == null || d.scope().caseCode().equals(caseCode))
                .min(MOST_SPECIFIC_FIRST);
    }

    /** Agency and case, agency, case, neither; then a bounded version range before an open one, narrower first. */
    static final Comparator<ProcessDefinition> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((ProcessDefinition d) -> -specificity(d.scope()))
            .thenComparingLong(d -> width(d.scope()))
            .thenComparing(ProcessDefinition::publishedAt, Comparator.reverseOrder());

    private static int specificity(ProcessDefinition.Scope scope) {
        return (scope.agencyCode() != null ? 2 : 0) + (scope.caseCode() != null ? 1 : 0);
    }

    private static long width(ProcessDefinition.Scope scope) {
        long from = scope.fromProcedureVersion() == null ? 1 : scope.fromProcedureVersion();
        long to = scope.toProcedureVersion() == null ? Integer.MAX_VALUE : scope.toProcedureVersion();
        return to - from;
    }

    @Override
    public Optional<ProcessDefinition> version(UUID id, int version) {
        return store.version(id, version);
    }

    @Override
    public Optional<ProcessDefinition> current(UUID id) {
        return store.current(id);
    }

    @Override
    public List<ProcessDefinition> definitions(String procedureCode) {
        return store.currentOf(procedureCode);
    }
}
