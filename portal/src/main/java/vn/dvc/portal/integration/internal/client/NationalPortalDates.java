package vn.dvc.portal.integration.internal.client;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.PortalTime;

/** The National Portal's dates: {@code yyyyMMddHHmmss}, Asia/Ho_Chi_Minh, 24-hour clock (NATIONAL-PORTAL.md §1). */
public final class NationalPortalDates {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT).withZone(PortalTime.ZONE);

    private NationalPortalDates() {
    }

    /** The instant in the national format, or an empty string for none (the national side refuses nulls). */
    public static String format(@Nullable Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** Reads a national date; empty for a blank or malformed one. */
    public static Optional<Instant> parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT).atZone(PortalTime.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
