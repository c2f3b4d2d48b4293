package vn.dvc.portal.platform.internal.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * A request of another system with a verified bearer token: the principal is the client's account (as a signed-in
 * officer's would be), the authorities its roles and the token's scopes ({@code SCOPE_dvc.processing}), and the
 * name the account's user name, which the history and the audit log record as the actor.
 */
final class ApiClientAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String clientId;

    ApiClientAuthentication(Jwt token, String clientId, AuthenticatedPrincipal principal,
            Collection<? extends GrantedAuthority> authorities) {
        super(token, principal, token, authorities);
        this.clientId = clientId;
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return ((AuthenticatedPrincipal) getPrincipal()).getName();
    }

    String clientId() {
        return clientId;
    }
}
