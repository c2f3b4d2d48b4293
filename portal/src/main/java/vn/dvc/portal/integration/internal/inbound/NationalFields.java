package vn.dvc.portal.integration.internal.inbound;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An object of an answer of the National Portal read tolerantly: member names in any letter case (the same field is
 * {@code MaLinhVuc} in one deployment and {@code MALINHVUC} in another), numbers or text alike, blanks as absent.
 */
final class NationalFields {

    private final Map<String, JsonNode> byName = new HashMap<>();

    NationalFields(@Nullable JsonNode node) {
        if (node != null && node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                byName.putIfAbsent(member.getKey().toLowerCase(Locale.ROOT), member.getValue());
            }
        }
    }

    /** The first of the names present, as text. */
    @Nullable String text(String... names) {
        for (String name : names) {
            JsonNode value = byName.get(name.toLowerCase(Locale.ROOT));
            if (value != null && value.isValueNode() && !value.isNull()) {
                String text = value.asString("").strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The first list among the names present; an empty one when none. */
    static Iterable<JsonNode> list(JsonNode answer, String... names) {
        NationalFields fields = new NationalFields(answer);
        for (String name : names) {
            JsonNode value = fields.byName.get(name.toLowerCase(Locale.ROOT));
            if (value != null && value.isArray()) {
                return value;
            }
        }
        return java.util.List.of();
    }
}
