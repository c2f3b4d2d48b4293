package vn.dvc.portal.identity.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.IdentityArgumentException;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;

/**
 * What a signed-in person does on their account page: change the password (which ends their other
 * sessions) and sign out everywhere (every session of the account, on every node, is deleted from
 * PostgreSQL).
 */
@Service
class AccountSelfService {

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditLog audit;
    private final Clock clock;

    AccountSelfService(AccountStore store, PasswordEncoder encoder, PasswordPolicy policy,
            FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog audit, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws IdentityArgumentException field {@code currentPassword} (reason {@code wrong}) or
     *                                   {@code newPassword} (the password policy's reasons)
     */
    @Transactional
    public void changePassword(SignedInUser user, @Nullable String current, @Nullable String replacement,
            @Nullable String currentSessionId) {
        StoredAccount account = store.findById(user.getAccountId()).orElseThrow();
        if (current == null || current.isEmpty() || !encoder.matches(current, account.passwordHash())) {
            audit.record("identity.password.change-refused", "account", account.id().toString(),
                    Map.of("reason", "wrong-current-password"));
            throw new IdentityArgumentException("currentPassword", "wrong");
        }
        try {
            policy.check(replacement, account.username());
        } catch (IdentityArgumentException e) {
            throw new IdentityArgumentException("newPassword", e.reason());
        }
        if (encoder.matches(replacement, account.passwordHash())) {
            throw new IdentityArgumentException("newPassword", "sameAsCurrent");
        }
        store.updatePassword(account.id(), encoder.encode(replacement), clock.instant());
        int ended = endSessions(user.getName(), currentSessionId);
        audit.record("identity.password.changed", "account", account.id().toString(), Map.of("otherSessionsEnded", ended));
    }

    /** Ends every session of the account (the caller then signs this one out). */
    public int signOutEverywhere(SignedInUser user) {
        int ended = endSessions(user.getName(), null);
        audit.record("identity.sessions.ended", "account", user.getAccountId().toString(), Map.of("sessions", ended));
        return ended;
    }

    /** How many sessions the account has now (on every node). */
    int sessionCount(SignedInUser user) {
        return sessions.findByPrincipalName(user.getName()).size();
    }

    private int endSessions(String username, @Nullable String except) {
        Set<String> ids = sessions.findByPrincipalName(username).keySet();
        int ended = 0;
        for (String id : ids) {
            if (!id.equals(except)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
