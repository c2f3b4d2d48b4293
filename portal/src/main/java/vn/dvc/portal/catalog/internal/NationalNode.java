package vn.dvc.portal.catalog.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.platform.FormError;

/**
 * A node of a national record with its path ({@code CACHTHUCTHUCHIEN[0].THOIGIAN[0]}), reading values
 * leniently where the national data is lenient (numbers as text, missing arrays as empty) and collecting an
 * error for what cannot be read.
 */
record NationalNode(JsonNode node, String path, List<FormError> errors) {

    static NationalNode root(JsonNode node) {
        return new NationalNode(node, "", new ArrayList<>());
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The text of a scalar member, NFC-normalised and stripped; "" when missing or null. */
    String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (!value.isValueNode()) {
            reject(key, "catalog.import.reason.notText");
            return "";
        }
        return Normalizer.normalize(value.asString().strip(), Normalizer.Form.NFC);
    }

    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull() && !value.isMissingNode();
    }

    /** The elements of an array member; empty when missing or null. */
    List<NationalNode> list(String key) {
        JsonNode value = node.get(key);
        List<NationalNode> items = new ArrayList<>();
        if (value == null || value.isNull() || value.isMissingNode()) {
            return items;
        }
        if (!value.isArray()) {
            reject(key, "catalog.import.reason.notList");
            return items;
        }
        int i = 0;
        for (JsonNode element : value.values()) {
            String elementPath = at(key) + "[" + i++ + "]";
            if (!element.isObject() && !element.isValueNode()) {
                errors.add(FormError.of(elementPath, "catalog.import.reason.notObject"));
                continue;
            }
            items.add(new NationalNode(element, elementPath, errors));
        }
        return items;
    }

    /** The texts of a list of scalars or of objects' {@code member}. */
    List<String> texts(String key, String member) {
        List<String> texts = new ArrayList<>();
        for (NationalNode item : list(key)) {
            String text = item.node().isValueNode()
                    ? Normalizer.normalize(item.node().asString().strip(), Normalizer.Form.NFC)
                    : item.text(member);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** An object member, or null. */
    @org.jspecify.annotations.Nullable NationalNode object(String key) {
        JsonNode value = node.get(key);
        if (value != null && !value.isNull() && !value.isObject()) {
            reject(key, "catalog.import.reason.notObject");
            return null;
        }
        return value == null || value.isNull() ? null : new NationalNode(value, at(key), errors);
    }

    void reject(String key, String messageKey, Object... arguments) {
        errors.add(FormError.of(at(key), messageKey, arguments));
    }
}
