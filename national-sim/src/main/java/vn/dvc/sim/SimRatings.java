package vn.dvc.sim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The monthly ratings summaries the province sent ({@code DongBoDanhGia}), by month ({@code NgayTongHop},
 * {@code M-yyyy}): every receipt of a month, so a month sent twice shows as two receipts.
 */
@Component
public class SimRatings implements SimState {

    /** One receipt of a month's lines. */
    public record Receipt(String month, String receivedAt, List<JsonNode> lines) {
    }

    private final Map<String, List<Receipt>> byMonth = new LinkedHashMap<>();

    public synchronized void add(String month, List<JsonNode> lines) {
        byMonth.computeIfAbsent(month, m -> new ArrayList<>())
                .add(new Receipt(month, OffsetDateTime.now(ReceivedLog.ZONE).toString(), List.copyOf(lines)));
    }

    /** Every month with its receipts, in arrival order. */
    public synchronized Map<String, List<Receipt>> all() {
        Map<String, List<Receipt>> copy = new LinkedHashMap<>();
        byMonth.forEach((month, receipts) -> copy.put(month, List.copyOf(receipts)));
        return copy;
    }

    @Override
    public synchronized void clear() {
        byMonth.clear();
    }
}
