package vn.dvc.portal.platform.internal.storage;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dvc.portal.platform.FileStorage;
import vn.dvc.portal.platform.PortalProperties;

/**
 * {@link FileStorage} on the local filesystem under {@code $DVC_DATA_DIR/files/<area>/<xx>/<uuid>}. A file is
 * written to a temporary name and moved into place, so a reader never sees half a file. For several nodes,
 * the directory must be shared storage (or another implementation of the interface is configured).
 */
@Component
class FilesystemStorage implements FileStorage {

    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}/[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;

    FilesystemStorage(PortalProperties properties) {
        this.root = Path.of(properties.dataDir(), "files").toAbsolutePath().normalize();
    }

    @Override
    public StoredFile store(String area, byte[] content) {
        return store(area, new ByteArrayInputStream(content));
    }

    @Override
    public StoredFile store(String area, InputStream content) {
        if (!AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("storage area must match " + AREA + ": " + area);
        }
        String id = UUID.randomUUID().toString();
        String key = area + "/" + id.substring(0, 2) + "/" + id;
        Path target = resolve(key);
        Path temporary = target.resolveSibling(id + ".part");
        MessageDigest digest = sha256();
        long size;
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(temporary);
                 DigestInputStream in = new DigestInputStream(content, digest)) {
                size = in.transferTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new FileStorageException("could not store a file in " + area, e);
        }
        StoredFile stored = new StoredFile(key, size, HexFormat.of().formatHex(digest.digest()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(target);
                    }
                }
            });
        }
        return stored;
    }

    @Override
    public Optional<InputStream> open(StoredFile file) {
        Path path = resolve(file.key());
        try {
            InputStream raw = Files.newInputStream(path);
            return Optional.of(new CheckedStream(raw, file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new FileStorageException("could not read stored file " + file.key(), e);
        }
    }

    @Override
    public void delete(String key) {
        Path path = resolve(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(path);
                }
            });
        } else {
            deleteQuietly(path);
        }
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover file is harmless: nothing refers to it
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Verifies size and checksum when the reader reaches the end of the file. */
    private static final class CheckedStream extends FilterInputStream {
        private final StoredFile expected;
        private final MessageDigest digest = sha256();
        private long count;
        private boolean checked;

        CheckedStream(InputStream in, StoredFile expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            } else {
                digest.update((byte) b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                check();
            } else {
                digest.update(buffer, offset, n);
                count += n;
            }
            return n;
        }

        private void check() {
            if (checked) {
                return;
            }
            checked = true;
            String actual = HexFormat.of().formatHex(digest.digest());
            if (count != expected.size() || !actual.equals(expected.sha256())) {
                throw new FileStorageException("stored file " + expected.key() + " does not match its checksum");
            }
        }
    }
}
