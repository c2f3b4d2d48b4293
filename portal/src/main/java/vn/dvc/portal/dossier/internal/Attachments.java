package vn.dvc.portal.dossier.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.platform.FileNames;
import vn.dvc.portal.platform.FileStorage;

/**
 * The files of a dossier's components. An upload is checked before anything is stored: its component exists,
 * it is within the component's size limit, its content (magic bytes) is one of the component's accepted
 * types and agrees with its name (cleaned as every {@link Upload}'s), and the virus scanner finds nothing. It is
 * then stored through {@link FileStorage} (checksummed, deleted again if the transaction rolls back) in the area
 * {@value #AREA}. Reading is authorised and audited by the callers.
 */
@Component
class Attachments {

    static final String AREA = "dossier-files";

    /** A stored file of a dossier. */
    record Attachment(UUID id, UUID dossierId, String componentCode, String fileName, String mediaType, long size,
                      String sha256, String storageKey, String origin, @Nullable UUID sourceDocument,
                      Instant uploadedAt, String uploadedBy) {

        FileStorage.StoredFile stored() {
            return new FileStorage.StoredFile(storageKey, size, sha256);
        }
    }

    private final JdbcClient jdbc;
    private final FileStorage storage;
    private final VirusScanner scanner;
    private final Clock clock;

    Attachments(JdbcClient jdbc, FileStorage storage, VirusScanner scanner, Clock clock) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.scanner = scanner;
        this.clock = clock;
    }

    /**
     * Checks an upload against its component's limits and the scanner.
     *
     * @return the detected content type
     */
    String check(ProcedureTerms terms, Upload upload) {
        Procedure.Component component = terms.component(upload.componentCode())
                .orElseThrow(() -> IntakeRefusals.of("file-" + upload.componentCode(), "componentUnknown",
                        "case " + terms.procedureCase().code() + " has no component '" + upload.componentCode() + "'",
                        upload.componentCode()));
        String field = "file-" + component.code();
        String name = upload.fileName();
        if (upload.content().length == 0) {
            throw IntakeRefusals.of(field, "fileEmpty", "the file for '" + component.code() + "' is empty", name);
        }
        if (upload.content().length > component.maxBytes()) {
            throw IntakeRefusals.of(field, "fileTooLarge", "the file for '" + component.code() + "' is larger than "
                    + component.maxBytes() + " bytes", name, megabytes(component.maxBytes()));
        }
        String detected = ContentTypes.detect(upload.content()).orElse(null);
        String claimed = ContentTypes.byName(name);
        if (detected == null || !detected.equals(claimed) || !component.mediaTypes().contains(detected)) {
            throw IntakeRefusals.of(field, "fileType", "the content of '" + name + "' is not one of "
                    + component.mediaTypes() + " matching its name", name);
        }
        Optional<String> threat;
        try {
            threat = scanner.findThreat(upload.content());
        } catch (VirusScanner.ScanUnavailable e) {
            throw IntakeRefusals.of(field, "scanUnavailable", "the virus scan is unavailable; try again later", name);
        }
        if (threat.isPresent()) {
            throw IntakeRefusals.of(field, "fileInfected", "the file '" + name + "' contains " + threat.get(), name);
        }
        return detected;
    }

    /** Checks and stores the uploads of a dossier (inside its transaction). */
    void attach(UUID dossierId, ProcedureTerms terms, List<Upload> uploads, String actor) {
        for (Upload upload : uploads) {
            String type = check(terms, upload);
            FileStorage.StoredFile stored = storage.store(AREA, upload.content());
            insert(new Attachment(UUID.randomUUID(), dossierId, upload.componentCode(), upload.fileName(), type,
                    stored.size(), stored.sha256(), stored.key(), "UPLOADED", null, clock.instant(), actor));
        }
    }

    /** Attaches a file already stored (a document reused from the personal data store): no copy is made. */
    Attachment attachStored(UUID dossierId, String componentCode, String fileName, String mediaType,
            FileStorage.StoredFile stored, @Nullable UUID sourceDocument, String actor) {
        Attachment attachment = new Attachment(UUID.randomUUID(), dossierId, componentCode, fileName, mediaType,
                stored.size(), stored.sha256(), stored.key(), sourceDocument == null ? "UPLOADED" : "REUSED",
                sourceDocument, clock.instant(), actor);
        insert(attachment);
        return attachment;
    }

    /** Stores a file the processing module received (a result or a supplement), already checked by it. */
    Attachment attachProcessed(UUID dossierId, String origin, String fileName, String mediaType, byte[] content,
            String actor) {
        FileStorage.StoredFile stored = storage.store(AREA, content);
        Attachment attachment = new Attachment(UUID.randomUUID(), dossierId, origin,
                FileNames.clean(fileName, mediaType), mediaType, stored.size(), stored.sha256(), stored.key(), origin, null, clock.instant(), actor);
        insert(attachment);
        return attachment;
    }

    List<Attachment> of(UUID dossierId) {
        return jdbc.sql("SELECT * FROM dossier_file WHERE dossier_id = :id ORDER BY uploaded_at, file_name")
                .param("id", dossierId).query((rs, n) -> new Attachment(rs.getObject("id", UUID.class),
                        rs.getObject("dossier_id", UUID.class), rs.getString("component_code"),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getString("storage_key"), rs.getString("origin"),
                        rs.getObject("source_document", UUID.class), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by")))
                .list();
    }

    Optional<Attachment> find(UUID dossierId, UUID fileId) {
        return of(dossierId).stream().filter(a -> a.id().equals(fileId)).findFirst();
    }

    InputStream open(Attachment attachment) {
        return storage.open(attachment.stored())
                .orElseThrow(() -> new IllegalStateException("stored file of attachment " + attachment.id() + " is missing"));
    }

    private void insert(Attachment a) {
        jdbc.sql("""
                        INSERT INTO dossier_file (id, dossier_id, component_code, file_name, media_type, size_bytes,
                            sha256, storage_key, origin, source_document, uploaded_at, uploaded_by)
                        VALUES (:id, :dossier, :component, :name, :type, :size, :sha, :key, :origin, :source, :at, :by)""")
                .param("id", a.id()).param("dossier", a.dossierId()).param("component", a.componentCode())
                .param("name", a.fileName()).param("type", a.mediaType()).param("size", a.size())
                .param("sha", a.sha256()).param("key", a.storageKey()).param("origin", a.origin())
                .param("source", a.sourceDocument()).param("at", Timestamp.from(a.uploadedAt()))
                .param("by", a.uploadedBy()).update();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
