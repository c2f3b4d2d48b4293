package vn.dvc.portal.integration.internal.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which procedures of the National Portal's list ({@code LayDanhSachTTHC}) a pull fetches again: each list entry
 * carries a freshness key — its publishing decision's id ({@code QDCBID}) and the instant of its last change
 * ({@code NGAYCAPNHAT}), whichever are given — and a procedure is fetched when it has no key, when no key was
 * recorded for it (never imported, or rejected last time), or when the key differs from the one recorded; a full
 * pull fetches every one. Entries with no code are kept, to be reported; a code listed twice is fetched once.
 */
final class Freshness {

    /** One entry of the list, by its 1-based position. */
    record Listed(int position, String code, String name, @Nullable String key) {
    }

    private Freshness() {
    }

    /** The entries of the list's {@code data}. */
    static List<Listed> read(JsonNode data) {
        List<Listed> listed = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int position = 0;
        for (JsonNode item : data.values()) {
            position++;
            String code = text(item, "MATTHC", "MaTTHC");
            if (!code.isEmpty() && !seen.add(code)) {
                continue;
            }
            listed.add(new Listed(position, code, text(item, "TENTTHC", "TenTTHC"), key(item)));
        }
        return listed;
    }

    /** {@code QDCBID|NGAYCAPNHAT} as far as given; null when the entry gives neither. */
    static @Nullable String key(JsonNode item) {
        String decision = text(item, "QDCBID");
        String changed = text(item, "NGAYCAPNHAT");
        return decision.isEmpty() && changed.isEmpty() ? null : decision + "|" + changed;
    }

    /** The entries to fetch, in list order, given the keys recorded at the last successful import of each code. */
    static List<Listed> toFetch(List<Listed> listed, Map<String, String> recorded, boolean full) {
        return listed.stream().filter(entry -> full || entry.code().isEmpty() || entry.key() == null
                || !entry.key().equals(recorded.get(entry.code()))).toList();
    }

    private static String text(JsonNode item, String... fields) {
        for (String field : fields) {
            JsonNode value = item.get(field);
            if (value != null && (value.isString() || value.isNumber())) {
                String text = value.asString().strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
