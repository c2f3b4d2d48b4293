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
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.RefusedInput;

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
     * @throws RefusedInput field {@code currentPassword} (reason {@code wrong}) or
     *                                   {@code newPassword} (the password policy's reasons)
     */
    @Transactional
    public void changePassword(SignedInUser user, @Nullable String current, @Nullable String replacement,
            @Nullable String currentSessionId) {
        StoredAccount account = store.findById(user.getAccountId()).orElseThrow();
        if (current == null || current.isEmpty() || !encoder.matches(current, account.passwordHash())) {
            audit.record("identity.password.change-refused", "account", account.id().toString(),
                    Map.of("reason", "wrong-current-password"));
            throw RefusedInput.of("currentPassword", "identity.error.currentPassword.wrong");
        }
        policy.check(replacement, account.username(), "newPassword");
        if (encoder.matches(replacement, account.passwordHash())) {
            throw RefusedInput.of("newPassword", "identity.error.newPassword.sameAsCurrent");
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

    /**
     * One of the account's sessions as its owner sees it: an opaque reference (never the session id, which
     * is a bearer secret), when it began and was last used, and whether it is this one.
     */
    record SessionView(String reference, java.time.Instant created, java.time.Instant lastUsed, boolean current) {
    }

    /**
     * The account's sessions (on every node), the current one first, then the most recently used. Only what
     * Spring Session stores: no addresses or user agents.
     */
    java.util.List<SessionView> sessions(SignedInUser user, @Nullable String currentSessionId) {
        return sessions.findByPrincipalName(user.getName()).values().stream()
                .filter(s -> !s.isExpired())
                .map(s -> new SessionView(reference(s.getId()), s.getCreationTime(), s.getLastAccessedTime(),
                        s.getId().equals(currentSessionId)))
                .sorted(java.util.Comparator.comparing(SessionView::current).reversed()
                        .thenComparing(SessionView::lastUsed, java.util.Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Ends one other session of the account. A session id that is not one of the account's own sessions
     * (another person's, an unknown one) or is the current one is refused, and nothing is ended.
     *
     * @throws RefusedInput field {@code session}, reason {@code unknown}
     */
    void endSession(SignedInUser user, @Nullable String reference, @Nullable String currentSessionId) {
        String sessionId = reference == null ? null : sessions.findByPrincipalName(user.getName()).keySet().stream()
                .filter(id -> reference(id).equals(reference)).findFirst().orElse(null);
        if (sessionId == null || sessionId.equals(currentSessionId)) {
            audit.record("identity.session.end-refused", "account", user.getAccountId().toString(), Map.of());
            throw RefusedInput.of("session", "identity.error.session.unknown");
        }
        sessions.deleteById(sessionId);
        audit.record("identity.session.ended", "account", user.getAccountId().toString(), Map.of());
    }

    /** The reference of a session on the account page: a SHA-256 of its id, from which the id cannot be found. */
    static String reference(String sessionId) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("dvc-session-reference:" + sessionId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
