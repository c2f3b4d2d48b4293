package vn.dvc.portal.platform;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The other systems that call the officers' API with an OAuth2 bearer token (the province's integration platform,
 * a ministry's sector system), each bound to an officer identity: a system account with roles and an agency scope.
 * The accounts module knows them and provides this, as it provides {@link ExternalSignIn}; the platform's security
 * configuration asks it for the client a verified token names, so that a token is checked by the same role and scope
 * checks as an officer's session, and the history and the audit log name the client's account as the actor.
 */
public interface ApiClients {

    /** The registered, enabled client with this id (the token's {@code client_id}, else its {@code sub}). */
    Optional<Client> find(String clientId);

    /**
     * @param principal   the client's account as the request's principal (the one a signed-in officer would have)
     * @param authorities the account's roles as Spring Security authorities, e.g. {@code ROLE_DESK}
     */
    record Client(String clientId, AuthenticatedPrincipal principal, Set<String> authorities) {

        public Client {
            authorities = Set.copyOf(authorities);
        }
    }
}
