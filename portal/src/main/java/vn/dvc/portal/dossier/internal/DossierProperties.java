package vn.dvc.portal.dossier.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dossier module's settings ({@code dvc.dossier.*}, from {@code DVC_*} variables; README table).
 *
 * @param clamdHost           host of a ClamAV daemon ({@code DVC_CLAMD_HOST}); blank: only the EICAR test
 *                            signature is detected, with a warning at start-up
 * @param clamdPort           its TCP port ({@code DVC_CLAMD_PORT}, 3310)
 * @param nationalPortalApiKey the secret the National Portal sends in {@code X-Api-Key}
 *                            ({@code DVC_NATIONAL_PORTAL_API_KEY}); blank: the endpoint is off (404)
 */
@ConfigurationProperties("dvc.dossier")
record DossierProperties(@Nullable String clamdHost, int clamdPort, @Nullable String nationalPortalApiKey) {

    boolean hasClamd() {
        return clamdHost != null && !clamdHost.isBlank();
    }

    boolean nationalPortalEnabled() {
        return nationalPortalApiKey != null && !nationalPortalApiKey.isBlank();
    }
}
