package vn.dvc.portal.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.ApiClients;

/**
 * The API clients (table {@code identity_api_client}): each client id is bound to a system account, an officer
 * account with roles, an agency and a scope, and acts as it — the principal is built from the account at every
 * request, so a change of its roles or scope, or disabling it, applies at once. Only an active officer account
 * serves. Administrators see the accounts among the officers ({@code /quan-tri/can-bo}), where disabling the account
 * turns the client off.
 */
@Service
class JdbcApiClients implements ApiClients {

    private final JdbcClient jdbc;
    private final AccountStore accounts;

    JdbcApiClients(JdbcClient jdbc, AccountStore accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Client> find(String clientId) {
        return jdbc.sql("SELECT account_id FROM identity_api_client WHERE client_id = :id").param("id", clientId)
                .query(UUID.class).optional()
                .flatMap(accounts::findById)
                .filter(account -> account.kind() == AccountKind.OFFICER
                        && account.status() == StoredAccount.Status.ACTIVE)
                .map(account -> new Client(clientId, account.toPrincipal(),
                        account.roles().stream().map(Role::authority).collect(Collectors.toSet())));
    }

    /** Binds {@code clientId} to an existing officer account. */
    void register(String clientId, String name, UUID accountId, Instant at) {
        jdbc.sql("""
                        INSERT INTO identity_api_client (client_id, account_id, name, created_at)
                        VALUES (:client, :account, :name, :at)""")
                .param("client", clientId).param("account", accountId).param("name", name)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    boolean exists(String clientId) {
        return jdbc.sql("SELECT count(*) FROM identity_api_client WHERE client_id = :id").param("id", clientId)
                .query(Integer.class).single() > 0;
    }
}
