package vn.dvc.devidp;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings, bound from {@code application.properties}, which reads only {@code DVC_IDP_*} environment
 * variables (see the module's README).
 *
 * @param issuer                 the issuer identifier ({@code iss}), also the base of every published endpoint
 * @param clientId               the portal's client id
 * @param clientSecret           the portal's client secret (for {@code client_secret_basic} / {@code _post})
 * @param redirectUris           the portal's registered redirect URIs (exact match)
 * @param postLogoutRedirectUris where RP-initiated logout may return to
 * @param password               the password of every test identity
 */
@ConfigurationProperties("dvc.idp")
public record IdpProperties(String issuer, String clientId, String clientSecret, List<String> redirectUris,
        List<String> postLogoutRedirectUris, String password) {

    public IdpProperties {
        issuer = stripTrailingSlash(required(issuer, "issuer"));
        clientId = required(clientId, "client-id");
        clientSecret = required(clientSecret, "client-secret");
        password = required(password, "password");
        redirectUris = clean(redirectUris);
        postLogoutRedirectUris = clean(postLogoutRedirectUris);
        if (redirectUris.isEmpty()) {
            throw new IllegalArgumentException("DVC_IDP_REDIRECT_URIS must list at least one redirect URI");
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("dvc.idp." + name + " must not be empty");
        }
        return value.strip();
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
