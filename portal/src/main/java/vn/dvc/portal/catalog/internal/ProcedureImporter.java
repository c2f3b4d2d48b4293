package vn.dvc.portal.catalog.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.ProcedurePublished;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.VietnameseText;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Imports national procedure records: each record is mapped and checked first, then stored in its own
 * (nested) transaction, so a record breaking a rule leaves nothing behind and the others still import.
 * Idempotent: a record equal to the newest version changes nothing; a changed one becomes a new version,
 * published if the newest was (the previous published version is then superseded).
 */
@Service
class ProcedureImporter {

    private static final Logger log = LoggerFactory.getLogger(ProcedureImporter.class);

    private final NationalRecordMapper mapper;
    private final ProcedureStore store;
    private final ProcedureJson json;
    private final FormStore forms;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate perRecord;

    ProcedureImporter(NationalRecordMapper mapper, ProcedureStore store, ProcedureJson json, FormStore forms,
            AuditLog audit, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.store = store;
        this.json = json;
        this.forms = forms;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.perRecord = new TransactionTemplate(transactions);
        this.perRecord.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Imports the records in order; {@code afterEach} sees the report so far after every record.
     *
     * @param publishNew whether a procedure new to the catalogue is published at once (else a draft)
     */
    ImportReport importRecords(List<JsonNode> records, FormFiles files, boolean publishNew,
            Consumer<ImportReport> afterEach) {
        return importRecords(records, files, publishNew, CurrentActor.name(), afterEach);
    }

    /** The same, on behalf of {@code actor} (an import running in the background). */
    ImportReport importRecords(List<JsonNode> records, FormFiles files, boolean publishNew, String actor,
            Consumer<ImportReport> afterEach) {
        List<ImportReport.Entry> entries = new ArrayList<>();
        int position = 0;
        for (JsonNode record : records) {
            position++;
            entries.add(importOne(position, record, files, publishNew, actor));
            afterEach.accept(new ImportReport(List.copyOf(entries)));
        }
        return new ImportReport(List.copyOf(entries));
    }

    /** Imports one record, the {@code position}-th of its run, on behalf of {@code actor}. */
    ImportReport.Entry importOne(int position, JsonNode record, FormFiles files, boolean publishNew,
            String actor) {
        String code = record.isObject() && record.hasNonNull("MATTHC") ? record.get("MATTHC").asString("") : "";
        String name = record.isObject() && record.hasNonNull("TENTTHC") ? record.get("TENTTHC").asString("") : "";
        try {
            return perRecord.execute(status -> store(position, mapper.map(record, files), publishNew, actor));
        } catch (RefusedInput e) {
            return rejected(position, code, name, e.errors());
        } catch (DataAccessException e) {
            log.warn("Procedure record {} ({}) could not be stored", position, code, e);
            return rejected(position, code, name, List.of(FormError.of("", "catalog.import.reason.storage")));
        }
    }

    private ImportReport.Entry store(int position, MappedRecord mapped, boolean publishNew, String actor) {
        Procedure procedure = mapped.procedure();
        String hash = json.contentHash(procedure, VietnameseText.fold(mapped.searchExtra()));
        Optional<ProcedureStore.Head> head = store.head(procedure.code());
        if (head.isPresent() && head.get().contentHash().equals(hash)) {
            return new ImportReport.Entry(position, procedure.code(), procedure.name(),
                    ImportReport.Outcome.UNCHANGED, head.get().version(), List.of());
        }
        int version = head.map(h -> h.version() + 1).orElse(1);
        boolean publish = head.map(h -> h.status() == Procedure.Status.PUBLISHED).orElse(publishNew);
        var at = clock.instant();
        mapped.forms().forEach(form -> forms.storeIfAbsent(form, at));
        if (publish) {
            store.findPublished(procedure.code()).ifPresent(previous ->
                    store.setStatus(previous.code(), previous.version(), Procedure.Status.SUPERSEDED, at));
        }
        Procedure stored = Versions.with(procedure, version,
                publish ? Procedure.Status.PUBLISHED : Procedure.Status.DRAFT);
        store.insert(stored, hash, mapped.searchExtra(), at, actor);
        audit.record("catalog.procedure.imported", "procedure", procedure.code(),
                Map.of("version", version, "status", stored.status().name(), "importedBy", actor));
        if (publish) {
            events.publishEvent(new ProcedurePublished(procedure.code(), version, at));
        }
        return new ImportReport.Entry(position, procedure.code(), procedure.name(),
                head.isPresent() ? ImportReport.Outcome.CHANGED : ImportReport.Outcome.ADDED, version, List.of());
    }

    private static ImportReport.Entry rejected(int position, String code, String name, List<FormError> reasons) {
        return new ImportReport.Entry(position, code, name, ImportReport.Outcome.REJECTED, null,
                reasons.stream().map(ImportReport.Reason::of).toList());
    }
}
