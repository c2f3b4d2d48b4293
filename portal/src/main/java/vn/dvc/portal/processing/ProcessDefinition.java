package vn.dvc.portal.processing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One published version of a process definition. Immutable: publishing a change makes version n + 1 of the same
 * definition, and a started dossier keeps the version it started with ({@link Processes#version(UUID, int)}).
 *
 * @param id          the definition (stable across its versions)
 * @param version     1, 2, …
 * @param scope       what the definition applies to
 * @param name        e.g. "Quy trình đăng ký khai sinh tại UBND cấp xã"
 * @param steps       the ordered steps, at least one
 * @param publishedAt when this version was published
 * @param publishedBy who published it
 */
public record ProcessDefinition(UUID id, int version, Scope scope, String name, List<ProcessStep> steps,
                                Instant publishedAt, String publishedBy) {

    public ProcessDefinition {
        steps = List.copyOf(steps);
    }

    /** The steps' working time together. */
    public Duration totalWorkingTime() {
        return steps.stream().map(ProcessStep::workingTime).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * What a definition applies to. A null field applies to every value.
     *
     * @param procedureCode        the national procedure code, e.g. {@code 1.001193}
     * @param fromProcedureVersion the first procedure version covered, null for "from the first"
     * @param toProcedureVersion   the last procedure version covered, null for "up to the current one"
     * @param agencyCode           the agency of an agency-specific process, null for every agency
     * @param caseCode             the case (trường hợp) of a case-specific process, null for every case
     */
    public record Scope(String procedureCode, @Nullable Integer fromProcedureVersion,
                        @Nullable Integer toProcedureVersion, @Nullable String agencyCode,
                        @Nullable String caseCode) {

        public boolean coversProcedureVersion(int version) {
            return (fromProcedureVersion == null || version >= fromProcedureVersion)
                    && (toProcedureVersion == null || version <= toProcedureVersion);
        }
    }
}
