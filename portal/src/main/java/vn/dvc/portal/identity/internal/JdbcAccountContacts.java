package vn.dvc.portal.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.dvc.portal.identity.AccountContacts;

/** {@link AccountContacts} on the module's tables: only active accounts can be reached. */
@Service
class JdbcAccountContacts implements AccountContacts {

    private final AccountStore store;

    JdbcAccountContacts(AccountStore store) {
        this.store = store;
    }

    @Override
    public Optional<Contact> contactOf(UUID accountId) {
        return store.findById(accountId)
                .filter(account -> account.status() == StoredAccount.Status.ACTIVE)
                .map(account -> new Contact(account.email(), account.phone()));
    }
}
