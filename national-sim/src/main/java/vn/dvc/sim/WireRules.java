package vn.dvc.sim;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import tools.jackson.databind.JsonNode;

/**
 * What the national side refuses (NATIONAL-PORTAL.md §1–2): a required field missing, null or blank (the null
 * {@code NoiDungXuLy} seen refused in other provinces), a date not in {@code yyyyMMddHHmmss} on a 24-hour clock, a
 * status code outside its set.
 */
public final class WireRules {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private WireRules() {
    }

    /** The field's text; refuses a missing, null or blank one. */
    public static String required(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull() || value.asString("").isBlank()) {
            throw new SimService.Refused("Thiếu trường bắt buộc " + field);
        }
        return value.asString();
    }

    /** Refuses a present value that is not a {@code yyyyMMddHHmmss} date; {@code required} refuses a missing one. */
    public static void date(JsonNode item, String field, boolean required) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull() || value.asString("").isBlank()) {
            if (required) {
                throw new SimService.Refused("Thiếu trường bắt buộc " + field);
            }
            return;
        }
        try {
            LocalDateTime.parse(value.asString(), DATE);
        } catch (DateTimeParseException e) {
            throw new SimService.Refused("Trường " + field + " không đúng định dạng yyyyMMddHHmmss: " + value.asString());
        }
    }

    /** The field as an integer within [min, max]; refuses anything else. */
    public static int code(JsonNode item, String field, int min, int max) {
        String text = required(item, field);
        try {
            int code = Integer.parseInt(text.strip());
            if (code < min || code > max) {
                throw new SimService.Refused("Trường " + field + " ngoài miền giá trị: " + text);
            }
            return code;
        } catch (NumberFormatException e) {
            throw new SimService.Refused("Trường " + field + " không phải số: " + text);
        }
    }
}
