package vn.dvc.portal.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through an external OpenID Connect provider (the national identity provider), provided by the
 * accounts module as a bean only when it is configured. The security chain (platform) adds
 * {@code oauth2Login} when such a bean exists and hands it the provider's answer; the module turns it into
 * the portal's own sign-in (the same principal as a password sign-in).
 */
public interface ExternalSignIn {

    /** Builds the authorization requests (PKCE, requested assurance level). */
    OAuth2AuthorizationRequestResolver authorizationRequestResolver();

    /** Checks the ID token's claims and finds, links or creates the account; refusals are exceptions. */
    OAuth2UserService<OidcUserRequest, OidcUser> userService();

    /**
     * Replaces the provider's authentication with the portal's (stored in the session) and returns it:
     * either a full sign-in or one whose second factor is pending ({@link SignInStages}).
     */
    Authentication establish(Authentication external, HttpServletRequest request, HttpServletResponse response);

    /** The same-site path to go on to after this sign-in (a step-up's page), if one was asked for. */
    @Nullable String nextPath(HttpServletRequest request);
}
