package vn.dvc.portal.identity.internal;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import vn.dvc.portal.identity.ActingAccounts;
import vn.dvc.portal.identity.SignedInUser;

/** {@link ActingAccounts} on the accounts table and the thread's security context. */
@Service
class ContextActingAccounts implements ActingAccounts {

    private final AccountStore store;

    ContextActingAccounts(AccountStore store) {
        this.store = store;
    }

    @Override
    public Optional<SignedInUser> principal(String username) {
        return store.findByUsername(username).filter(account -> account.status() == StoredAccount.Status.ACTIVE)
                .map(StoredAccount::toPrincipal);
    }

    @Override
    public <T> T as(SignedInUser user, Supplier<T> work) {
        if (RequestContextHolder.getRequestAttributes() != null) {
            throw new IllegalStateException("a request acts as its own signed-in user");
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignInSessions.signedIn(user, false, null));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
