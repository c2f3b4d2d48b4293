package vn.dvc.portal.lookup.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.PortalTime;

/**
 * A {@link PublicStatus} as the pages show it: the national status's name in the page's language, dates in
 * Asia/Ho_Chi_Minh. Nothing else of the dossier reaches a template.
 */
record StatusView(String code, int nationalCode, String statusName, @Nullable String receivedAt,
                  @Nullable String dueAt, String standing) {

    static StatusView of(PublicStatus status, NationalStatusNames names, Locale locale) {
        DateTimeFormatter format = "en".equals(locale.getLanguage()) ? PortalTime.TIME_ON_DATE_ENGLISH
                : PortalTime.TIME_ON_DATE;
        return new StatusView(status.code(), status.nationalStatusCode(), names.name(status.nationalStatusCode(),
                locale), time(status.receivedAt(), format), time(status.dueAt(), format), status.standing().name());
    }

    private static @Nullable String time(@Nullable Instant instant, DateTimeFormatter format) {
        return instant == null ? null : format.format(instant);
    }
}
