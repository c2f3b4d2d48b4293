package vn.dvc.portal.catalog.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.catalog.CatalogueImports;
import vn.dvc.portal.platform.AuditLog;

/**
 * {@link CatalogueImports} over the importers the Centre's upload and the demo data use ({@link ReferenceImporter},
 * {@link ProcedureImporter}) and the import job rows ({@link ImportStore}): nothing is mapped, checked or versioned
 * here. A job fed record by record stores each record's outcome as it goes, so its page shows the rejected records
 * with their reasons while it runs.
 */
@Service
class CatalogueImportsService implements CatalogueImports {

    private final ReferenceImporter references;
    private final ProcedureImporter procedures;
    private final ImportStore jobs;
    private final AuditLog audit;
    private final Clock clock;

    CatalogueImportsService(ReferenceImporter references, ProcedureImporter procedures, ImportStore jobs,
            AuditLog audit, Clock clock) {
        this.references = references;
        this.procedures = procedures;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ListResult importSectors(JsonNode sectors) {
        return result(references.importSectors(sectors));
    }

    @Override
    public ListResult importAgencies(JsonNode agencies) {
        return result(references.importAgencies(agencies));
    }

    @Override
    public UUID openJob(String source, int total, String actor) {
        UUID id = UUID.randomUUID();
        jobs.start(id, source, total, clock.instant(), actor);
        audit.record("catalog.import.started", "catalog-import", id.toString(),
                Map.of("source", source, "records", total, "startedBy", actor));
        return id;
    }

    @Override
    public RecordResult importRecord(UUID job, JsonNode record, String listedCode, String listedName,
            boolean publishNew, FormSource forms) {
        ImportStore.Counted row = running(job);
        ImportReport.Entry entry = procedures.importOne(row.processed() + 1, record, forms::read, publishNew,
                row.startedBy());
        if (entry.code().isBlank() || entry.name().isBlank()) {
            entry = new ImportReport.Entry(entry.position(), entry.code().isBlank() ? listedCode : entry.code(),
                    entry.name().isBlank() ? listedName : entry.name(), entry.outcome(), entry.version(),
                    entry.reasons());
        }
        jobs.append(job, entry);
        return new RecordResult(entry.code(), Outcome.valueOf(entry.outcome().name()), entry.version(),
                reasons(entry.reasons()));
    }

    @Override
    public RecordResult rejectRecord(UUID job, String code, String name, String reasonKey, List<String> args) {
        ImportStore.Counted row = running(job);
        ImportReport.Reason reason = new ImportReport.Reason("", reasonKey, List.copyOf(args));
        jobs.append(job, new ImportReport.Entry(row.processed() + 1, code, name, ImportReport.Outcome.REJECTED,
                null, List.of(reason)));
        return new RecordResult(code, Outcome.REJECTED, null, reasons(List.of(reason)));
    }

    @Override
    public void finishJob(UUID job) {
        jobs.close(job, clock.instant());
    }

    @Override
    public void failJob(UUID job, String failure) {
        if (jobs.counted(job).filter(row -> "RUNNING".equals(row.status())).isPresent()) {
            jobs.fail(job, failure, clock.instant());
        }
    }

    @Override
    public Optional<JobProgress> job(UUID job) {
        return jobs.find(job).map(row -> new JobProgress(row.id(), row.status(), row.total(), row.processed(),
                row.added(), row.changed(), row.unchanged(), row.rejected(), rejected(row.entries())));
    }

    private ImportStore.Counted running(UUID job) {
        return jobs.counted(job).filter(row -> "RUNNING".equals(row.status()))
                .orElseThrow(() -> new IllegalStateException("import job " + job + " is not running"));
    }

    private static ListResult result(ImportReport report) {
        return new ListResult((int) report.count(ImportReport.Outcome.ADDED),
                (int) report.count(ImportReport.Outcome.CHANGED), (int) report.count(ImportReport.Outcome.UNCHANGED),
                rejected(report.entries()));
    }

    private static List<Rejected> rejected(List<ImportReport.Entry> entries) {
        return entries.stream().filter(e -> e.outcome() == ImportReport.Outcome.REJECTED)
                .map(e -> new Rejected(e.position(), e.code(), e.name(), reasons(e.reasons()))).toList();
    }

    private static List<Reason> reasons(List<ImportReport.Reason> reasons) {
        return reasons.stream().map(r -> new Reason(r.path(), r.key(), r.args())).toList();
    }
}
