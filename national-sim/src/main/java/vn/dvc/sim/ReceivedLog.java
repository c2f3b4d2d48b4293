package vn.dvc.sim;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Everything the simulator accepted, in arrival order: one entry per dossier a message concerned, with the service,
 * when, and the message as sent (the session token left out). {@code GET /sim/received} serves it.
 */
@Component
public class ReceivedLog {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** One accepted message for one dossier. */
    public record Entry(long sequence, String service, String receivedAt, String mahoso, JsonNode message) {
    }

    private final Clock clock = Clock.system(ZONE);
    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(String service, String mahoso, JsonNode message) {
        entries.add(new Entry(entries.size() + 1, service, OffsetDateTime.now(clock).toString(), mahoso, message));
    }

    /** Every entry for that dossier code (our code or the National Portal's id), or all when null. */
    public synchronized List<Entry> find(String mahoso) {
        return entries.stream().filter(e -> mahoso == null || mahoso.equals(e.mahoso())).toList();
    }

    synchronized void clear() {
        entries.clear();
    }
}
