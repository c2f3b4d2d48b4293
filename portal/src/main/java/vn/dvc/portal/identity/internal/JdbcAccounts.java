package vn.dvc.portal.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.dvc.portal.identity.AccountSummary;
import vn.dvc.portal.identity.Accounts;
import vn.dvc.portal.identity.CitizenIdNumber;

/** {@link Accounts} on the module's tables. */
@Service
class JdbcAccounts implements Accounts {

    private final AccountStore store;
    private final JdbcClient jdbc;
    private final IdentityKeys keys;

    JdbcAccounts(AccountStore store, JdbcClient jdbc, IdentityKeys keys) {
        this.store = store;
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public Optional<AccountSummary> find(UUID accountId) {
        return store.findById(accountId).map(StoredAccount::toSummary);
    }

    @Override
    public Optional<UUID> nationallyIdentified(CitizenIdNumber number) {
        return jdbc.sql("""
                        SELECT i.account_id FROM identity_individual i
                        WHERE i.citizen_id_hmac = :hmac
                          AND EXISTS (SELECT 1 FROM identity_national_link l WHERE l.account_id = i.account_id)
                        LIMIT 1""")
                .param("hmac", keys.citizenId(number)).query(UUID.class).optional();
    }
}
