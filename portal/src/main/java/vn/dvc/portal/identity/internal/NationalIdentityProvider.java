package vn.dvc.portal.identity.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The client registration {@value #REGISTRATION_ID}, resolved from the issuer's discovery document when it
 * is first needed, never at start-up: the portal starts even when the provider is down, and tries again at
 * the next sign-in until discovery succeeds. Discovery checks that the document's {@code issuer} is the
 * configured one; the ID token's {@code iss} is then checked against it at every sign-in.
 */
final class NationalIdentityProvider implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "national";
    private static final Logger LOG = LoggerFactory.getLogger(NationalIdentityProvider.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private volatile @Nullable ClientRegistration registration;

    NationalIdentityProvider(String issuer, String clientId, @Nullable String clientSecret) {
        this.issuer = Objects.requireNonNull(issuer);
        this.clientId = clientId;
        this.clientSecret = clientSecret == null ? "" : clientSecret;
    }

    String issuer() {
        return issuer;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? resolve() : null;
    }

    /** Whether the provider's discovery document could be read (now or before). */
    boolean available() {
        try {
            resolve();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("National identity provider {} cannot be used now (discovery failed: {})", issuer,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private ClientRegistration resolve() {
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                found = registration;
                if (found == null) {
                    found = ClientRegistrations.fromIssuerLocation(issuer)
                            .registrationId(REGISTRATION_ID)
                            .clientId(clientId)
                            .clientSecret(clientSecret)
                            .clientAuthenticationMethod(clientSecret.isEmpty() ? ClientAuthenticationMethod.NONE
                                    : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .scope("openid", "profile", "email", "phone")
                            .clientName("VNeID")
                            .build();
                    registration = found;
                }
            }
        }
        return found;
    }
}
