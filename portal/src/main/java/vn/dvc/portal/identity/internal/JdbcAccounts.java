package vn.dvc.portal.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.dvc.portal.identity.AccountSummary;
import vn.dvc.portal.identity.Accounts;

/** {@link Accounts} on the module's tables. */
@Service
class JdbcAccounts implements Accounts {

    private final AccountStore store;

    JdbcAccounts(AccountStore store) {
        this.store = store;
    }

    @Override
    public Optional<AccountSummary> find(UUID accountId) {
        return store.findById(accountId).map(StoredAccount::toSummary);
    }
}
