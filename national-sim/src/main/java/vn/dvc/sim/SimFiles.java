package vn.dvc.sim;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The files filed on the citizen page, served to the province by link ({@code DuongDanTaiTepTin} →
 * {@code GET /sim/files/{id}}), as the National Portal's file host does. Ids are random (a link cannot be guessed);
 * {@code fetches} counts how often each was read. A reset forgets them.
 */
@RestController
public class SimFiles implements SimState {

    /** A stored file. */
    public record StoredFile(String id, String name, String mediaType, byte[] content, AtomicLong fetches) {
    }

    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

    /** Stores a file; returns its id. */
    public String store(String name, String mediaType, byte[] content) {
        String id = UUID.randomUUID().toString();
        files.put(id, new StoredFile(id, name, mediaType, content.clone(), new AtomicLong()));
        return id;
    }

    public StoredFile find(String id) {
        return files.get(id);
    }

    @GetMapping("/sim/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        StoredFile file = files.get(id);
        if (file == null) {
            return ResponseEntity.notFound().build();
        }
        file.fetches().incrementAndGet();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(file.content());
    }

    @Override
    public void clear() {
        files.clear();
    }
}
