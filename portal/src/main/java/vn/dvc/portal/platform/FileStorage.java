package vn.dvc.portal.platform;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where files live (template forms, dossier attachments, results, generated slips): behind this interface,
 * on the filesystem by default ({@code $DVC_DATA_DIR/files}). Every stored file is identified by an opaque
 * key and carries its size and SHA-256 checksum, checked again when it is read. It keeps no names: the owner
 * stores the name a file was given, cleaned by {@link FileNames}, which also names it when it is sent back.
 *
 * <p>Transactions: a file stored inside a database transaction is deleted again if that transaction rolls
 * back, so bad input never leaves a stored file behind; a delete inside a transaction happens only after it
 * commits.
 */
public interface FileStorage {

    /**
     * Stores the whole stream (the caller closes it).
     *
     * @param area a short lower-case name of the owner, e.g. {@code catalog-forms}, {@code dossier-files}
     * @throws FileStorageException if the stream cannot be read or the file cannot be written
     */
    StoredFile store(String area, InputStream content);

    /** Stores the bytes. */
    StoredFile store(String area, byte[] content);

    /**
     * Opens a stored file for reading; the stream fails with {@link FileStorageException} at its end if the
     * content no longer matches its checksum.
     */
    Optional<InputStream> open(StoredFile file);

    /** Deletes a stored file (after commit when inside a transaction); unknown keys are ignored. */
    void delete(String key);

    /**
     * A stored file.
     *
     * @param key    opaque, unique; never shown to users (it is not personal data, but it is not a URL either)
     * @param size   bytes
     * @param sha256 hex checksum of the content
     */
    record StoredFile(String key, long size, String sha256) {
    }

    /** Storing or reading failed (disk full, unreadable stream, checksum mismatch). */
    class FileStorageException extends RuntimeException {
        public FileStorageException(String message, Throwable cause) {
            super(message, cause);
        }

        public FileStorageException(String message) {
            super(message);
        }
    }
}
