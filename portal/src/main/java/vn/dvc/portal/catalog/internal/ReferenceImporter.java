package vn.dvc.portal.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Imports the agency tree ({@code agencies.json}) and the sectors with their fields ({@code sectors.json}),
 * through the same checks as the Centre's forms. Idempotent. Agencies are saved in two passes, so that a
 * successor may come later in the file than its predecessor.
 */
@Service
class ReferenceImporter {

    private final AgencyWriter agencies;
    private final SectorStore sectors;
    private final AuditLog audit;
    private final TransactionTemplate perRecord;

    ReferenceImporter(AgencyWriter agencies, SectorStore sectors, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.agencies = agencies;
        this.sectors = sectors;
        this.audit = audit;
        this.perRecord = new TransactionTemplate(transactions);
        this.perRecord.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    ImportReport importAgencies(JsonNode array) {
        List<ImportReport.Entry> entries = new ArrayList<>();
        List<AgencyDraft> drafts = new ArrayList<>();
        for (JsonNode node : array.values()) {
            drafts.add(draft(node));
        }
        // first pass: each agency, without its successor while the successor is not stored yet
        Map<Integer, ImportReport.Outcome> first = new HashMap<>();
        List<Integer> pending = new ArrayList<>();
        AgencyDraft.Context context = agencies.context();
        for (int i = 0; i < drafts.size(); i++) {
            AgencyDraft draft = drafts.get(i);
            String successor = AgencyDraft.trim(draft.successorCode()).toUpperCase(java.util.Locale.ROOT);
            boolean later = !successor.isEmpty() && !context.exists(successor);
            AgencyDraft toSave = later ? draft.withoutSuccessor() : draft;
            try {
                AgencyWriter.Outcome outcome = perRecord.execute(status ->
                        agencies.save(toSave, AgencyWriter.Mode.UPSERT));
                first.put(i, ImportReport.Outcome.valueOf(outcome.name()));
                if (later) {
                    pending.add(i);
                }
            } catch (RefusedInput e) {
                entries.add(rejected(i + 1, draft, e.errors()));
            }
        }
        // second pass: the successors named by agencies saved before them
        for (int i : pending) {
            AgencyDraft draft = drafts.get(i);
            try {
                perRecord.execute(status -> agencies.save(draft, AgencyWriter.Mode.UPSERT));
                first.put(i, first.get(i) == ImportReport.Outcome.ADDED ? ImportReport.Outcome.ADDED
                        : ImportReport.Outcome.CHANGED);
            } catch (RefusedInput e) {
                first.remove(i);
                entries.add(rejected(i + 1, draft, e.errors()));
            }
        }
        first.forEach((i, outcome) -> entries.add(new ImportReport.Entry(i + 1,
                String.valueOf(drafts.get(i).code()), String.valueOf(drafts.get(i).name()), outcome, null, List.of())));
        entries.sort(java.util.Comparator.comparingInt(ImportReport.Entry::position));
        return new ImportReport(entries);
    }

    ImportReport importSectors(JsonNode array) {
        List<ImportReport.Entry> entries = new ArrayList<>();
        Map<String, String> fieldSector = new HashMap<>();
        int position = 0;
        for (JsonNode sector : array.values()) {
            position++;
            NationalNode node = NationalNode.root(sector);
            String code = node.text("code");
            String name = node.text("name");
            if (!code.matches("[0-9A-Z_-]{1,20}")) {
                node.reject("code", "catalog.import.reason.code", code);
            }
            if (name.isEmpty()) {
                node.reject("name", "catalog.import.reason.required");
            }
            List<NationalNode> fields = node.list("fields");
            for (NationalNode field : fields) {
                String fieldCode = field.text("code");
                if (!fieldCode.matches("[0-9A-Za-z_.-]{1,40}") || field.text("name").isEmpty()) {
                    field.reject("code", "catalog.import.reason.code", fieldCode);
                } else if (fieldSector.containsKey(fieldCode) && !fieldSector.get(fieldCode).equals(code)) {
                    field.reject("code", "catalog.import.reason.fieldTwice", fieldCode);
                }
                fieldSector.put(fieldCode, code);
            }
            if (!node.errors().isEmpty()) {
                entries.add(new ImportReport.Entry(position, code, name, ImportReport.Outcome.REJECTED, null,
                        node.errors().stream().map(ImportReport.Reason::of).toList()));
                continue;
            }
            boolean changed = sectors.saveSector(code, name);
            for (NationalNode field : fields) {
                changed |= sectors.saveField(field.text("code"), field.text("name"), code);
            }
            if (changed) {
                audit.record("catalog.sector.saved", "sector", code, Map.of("name", name, "fields", fields.size()));
            }
            entries.add(new ImportReport.Entry(position, code, name,
                    changed ? ImportReport.Outcome.CHANGED : ImportReport.Outcome.UNCHANGED, null, List.of()));
        }
        return new ImportReport(entries);
    }

    private static AgencyDraft draft(JsonNode json) {
        NationalNode node = NationalNode.root(json);
        NationalNode qa = node.object("qaContact");
        return new AgencyDraft(node.text("code"), node.text("name"), node.text("shortName"), node.text("level"),
                node.text("parentCode"), node.text("address"), node.text("phone"), node.text("email"),
                node.text("scheduleCode"), "true".equals(node.text("receivingPoint")),
                qa == null ? null : qa.text("name"), qa == null ? null : qa.text("title"),
                qa == null ? null : qa.text("phone"), qa == null ? null : qa.text("email"), node.text("validFrom"),
                node.text("validTo"), node.text("successorCode"));
    }

    private static ImportReport.Entry rejected(int position, AgencyDraft draft, List<FormError> errors) {
        return new ImportReport.Entry(position, String.valueOf(draft.code()), String.valueOf(draft.name()),
                ImportReport.Outcome.REJECTED, null, errors.stream().map(ImportReport.Reason::of).toList());
    }
}
