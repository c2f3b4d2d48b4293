package vn.dvc.portal.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.platform.FileStorage;

/** The table {@code catalog_form}: template forms held in the portal's file storage. */
@Repository
class FormStore {

    /** A stored form's metadata and file. */
    record StoredForm(String id, String name, String fileName, String mediaType, FileStorage.StoredFile file) {
    }

    private final JdbcClient jdbc;
    private final FileStorage files;

    FormStore(JdbcClient jdbc, FileStorage files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** Stores the form unless one with its id is stored already (ids are derived from the content). */
    void storeIfAbsent(MappedRecord.PendingForm pending, Instant at) {
        if (find(pending.form().id()).isPresent()) {
            return;
        }
        FileStorage.StoredFile file = files.store("catalog-forms", pending.content());
        jdbc.sql("""
                        INSERT INTO catalog_form (id, name, file_name, media_type, file_key, size, sha256, stored_at)
                        VALUES (:id, :name, :fileName, :mediaType, :key, :size, :sha, :at)""")
                .param("id", pending.form().id()).param("name", pending.form().name())
                .param("fileName", pending.form().fileName()).param("mediaType", pending.form().mediaType())
                .param("key", file.key()).param("size", file.size()).param("sha", file.sha256())
                .param("at", Timestamp.from(at)).update();
    }

    Optional<StoredForm> find(String id) {
        return jdbc.sql("SELECT * FROM catalog_form WHERE id = :id").param("id", id)
                .query((rs, n) -> new StoredForm(rs.getString("id"), rs.getString("name"), rs.getString("file_name"),
                        rs.getString("media_type"), new FileStorage.StoredFile(rs.getString("file_key"),
                        rs.getLong("size"), rs.getString("sha256"))))
                .optional();
    }
}
