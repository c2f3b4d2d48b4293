package vn.dvc.portal.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.FileStorage;

/**
 * The personal data store (STORE-1): the documents an account submitted in its dossiers and the results
 * issued to it, each with its provenance, reusable in a later dossier; each reuse is recorded.
 */
@Component
class PersonalDataStore {

    /** A stored document with its provenance. */
    record Document(UUID id, UUID accountId, String name, String fileName, String mediaType, long size,
                    String sha256, String storageKey, String origin, UUID dossierId, @Nullable String dossierCode,
                    String procedureName, @Nullable String componentCode, Instant createdAt, int reuses) {

        FileStorage.StoredFile stored() {
            return new FileStorage.StoredFile(storageKey, size, sha256);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PersonalDataStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Keeps a document of a dossier in the owner's store (once per file and dossier). */
    void keep(UUID accountId, UUID dossierId, String name, Attachments.Attachment file, String origin, Instant at) {
        jdbc.sql("""
                        INSERT INTO dossier_personal_document (id, account_id, name, file_name, media_type, size_bytes,
                            sha256, storage_key, origin, dossier_id, component_code, created_at)
                        VALUES (:id, :account, :name, :fileName, :type, :size, :sha, :key, :origin, :dossier,
                            :component, :at)
                        ON CONFLICT (account_id, dossier_id, storage_key) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("account", accountId).param("name", name)
                .param("fileName", file.fileName()).param("type", file.mediaType()).param("size", file.size())
                .param("sha", file.sha256()).param("key", file.storageKey()).param("origin", origin)
                .param("dossier", dossierId).param("component", file.componentCode()).param("at", Timestamp.from(at))
                .update();
    }

    void recordReuse(UUID documentId, UUID dossierId, String componentCode, Instant at) {
        jdbc.sql("""
                        INSERT INTO dossier_document_reuse (document_id, dossier_id, component_code, reused_at)
                        VALUES (:doc, :dossier, :component, :at) ON CONFLICT DO NOTHING""")
                .param("doc", documentId).param("dossier", dossierId).param("component", componentCode)
                .param("at", Timestamp.from(at)).update();
        audit.record("dossier.document.reused", "personal-document", documentId.toString(),
                Map.of("dossier", dossierId.toString(), "component", componentCode));
    }

    List<Document> of(UUID accountId) {
        return jdbc.sql(SELECT + " WHERE p.account_id = :account ORDER BY p.created_at DESC, p.name")
                .param("account", accountId).query(this::document).list();
    }

    Optional<Document> find(UUID accountId, UUID documentId) {
        return jdbc.sql(SELECT + " WHERE p.account_id = :account AND p.id = :id")
                .param("account", accountId).param("id", documentId).query(this::document).optional();
    }

    private static final String SELECT = """
            SELECT p.*, d.code AS dossier_code, d.procedure_name,
                   (SELECT count(*) FROM dossier_document_reuse r WHERE r.document_id = p.id) AS reuses
            FROM dossier_personal_document p JOIN dossier d ON d.id = p.dossier_id""";

    private Document document(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Document(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("name"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("storage_key"), rs.getString("origin"), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"), rs.getString("procedure_name"), rs.getString("component_code"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("reuses"));
    }
}
