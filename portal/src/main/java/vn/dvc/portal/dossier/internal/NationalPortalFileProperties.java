package vn.dvc.portal.dossier.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the portal fetches the files the National Portal sends by link ({@code DuongDanTaiTepTin};
 * {@code dvc.dossier.national-portal-files.*}, README table).
 *
 * @param hosts   the National Portal's file hosts, comma-separated, each a host name ({@code tep.dichvucong.gov.vn}),
 *                a {@code host:port} or a URL whose host (and port) counts ({@code DVC_NATIONAL_PORTAL_FILE_HOSTS});
 *                by default the host of {@code DVC_NATIONAL_PORTAL_URL}. Empty: links are refused
 * @param maxSize the largest file fetched, whatever its component allows ({@code DVC_NATIONAL_PORTAL_FILE_MAX_SIZE})
 * @param timeout how long one file may take, connection included ({@code DVC_NATIONAL_PORTAL_FILE_TIMEOUT})
 */
@ConfigurationProperties("dvc.dossier.national-portal-files")
record NationalPortalFileProperties(@Nullable String hosts, @Nullable DataSize maxSize, @Nullable Duration timeout) {

    long maxBytes() {
        return maxSize == null ? DataSize.ofMegabytes(25).toBytes() : maxSize.toBytes();
    }

    Duration timeoutOrDefault() {
        return timeout == null ? Duration.ofSeconds(30) : timeout;
    }
}
