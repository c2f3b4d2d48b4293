package vn.dvc.portal.integration.internal.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach the National Public Service Portal's integration adapter ({@code dvc.national-portal.*}, the
 * {@code DVC_NATIONAL_PORTAL_*} settings in the README).
 *
 * @param url            the adapter's base address, e.g. {@code http://localhost:9100} for {@code national-sim}; blank:
 *                       everything that talks to the National Portal is off
 * @param user           the province's adapter account
 * @param password       its password
 * @param dstcode        the province's code sent in the {@code dstcode} header of every call
 * @param agencyCode     the agency id sent as {@code madonvi} when a call concerns no one agency
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer (the reference client waits 6 s)
 */
@ConfigurationProperties("dvc.national-portal")
public record NationalPortalProperties(String url, String user, String password, String dstcode, String agencyCode,
                                       Duration connectTimeout, Duration readTimeout) {

    /** Whether the National Portal is configured at all. */
    public boolean enabled() {
        return url != null && !url.isBlank();
    }
}
