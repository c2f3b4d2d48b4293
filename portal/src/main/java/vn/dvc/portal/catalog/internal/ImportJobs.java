package vn.dvc.portal.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Imports of national procedure files uploaded by the Centre: a {@code .json} array of {@code LayThuTuc}
 * records, or a {@code .zip} holding {@code procedures.json} and the {@code forms/} it names. The file is
 * checked at once; the records are then imported in the background, the job row counting them as they go,
 * so the upload page can show the progress.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    static final int MAX_ENTRIES = 2_000;

    private final ProcedureImporter importer;
    private final ImportStore store;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    ImportJobs(ProcedureImporter importer, ImportStore store, JsonMapper json, AuditLog audit, Clock clock) {
        this.importer = importer;
        this.store = store;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the file and starts its import; returns the job's id. */
    @PreAuthorize(CatalogAdministration.CENTRE_ONLY)
    public UUID start(String fileName, byte[] content, boolean publishNew) {
        String name = fileName.isBlank() ? "procedures.json" : FileNames.clean(fileName, "application/json");
        Map<String, byte[]> files = new HashMap<>();
        JsonNode records = read(name, content, files);
        UUID id = UUID.randomUUID();
        String actor = CurrentActor.name();
        store.start(id, name, records.size(), clock.instant(), actor);
        audit.record("catalog.import.started", "catalog-import", id.toString(),
                Map.of("file", name, "records", records.size()));
        List<JsonNode> list = List.copyOf(records.values());
        Thread.ofVirtual().name("catalog-import-" + id).start(() -> run(id, list, FormFiles.of(files), publishNew,
                actor));
        return id;
    }

    void run(UUID id, List<JsonNode> records, FormFiles files, boolean publishNew, String actor) {
        try {
            ImportReport report = importer.importRecords(records, files, publishNew, actor,
                    progress -> store.progress(id, progress));
            store.finish(id, report, clock.instant());
        } catch (RuntimeException e) {
            log.error("Catalogue import {} failed", id, e);
            store.fail(id, e.getClass().getSimpleName(), clock.instant());
        }
    }

    private JsonNode read(String name, byte[] content, Map<String, byte[]> files) {
        byte[] procedures = content;
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            procedures = null;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                ZipEntry entry;
                int count = 0;
                while ((entry = zip.getNextEntry()) != null) {
                    if (++count > MAX_ENTRIES) {
                        throw rejected("catalog.import.error.zip");
                    }
                    if (entry.isDirectory()) {
                        continue;
                    }
                    byte[] bytes = zip.readNBytes(20 * 1024 * 1024);
                    String path = entry.getName().replace('\\', '/');
                    if (path.equals("procedures.json") || path.endsWith("/procedures.json") && procedures == null) {
                        procedures = bytes;
                    } else {
                        files.put(path.contains("forms/") ? path.substring(path.indexOf("forms/")) : path, bytes);
                    }
                }
            } catch (IOException e) {
                throw rejected("catalog.import.error.zip");
            }
            if (procedures == null) {
                throw rejected("catalog.import.error.noProcedures");
            }
        }
        try {
            JsonNode records = json.readTree(procedures);
            if (records == null || !records.isArray()) {
                throw rejected("catalog.import.error.notArray");
            }
            if (records.isEmpty()) {
                throw rejected("catalog.import.error.empty");
            }
            return records;
        } catch (JacksonException e) {
            throw rejected("catalog.import.error.json");
        }
    }

    private static RefusedInput rejected(String key) {
        return new RefusedInput(List.of(FormError.of("file", key)));
    }
}
