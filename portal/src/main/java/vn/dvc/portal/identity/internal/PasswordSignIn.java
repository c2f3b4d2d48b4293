package vn.dvc.portal.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.RateLimiter;

/**
 * Signs in with a user name, e-mail or phone and a password. Protection (GOV.UK One Login, OWASP ASVS 5.0
 * §6.3): {@value SignInRules#MAX_WRONG_PASSWORDS} wrong passwords in a row lock sign-in for the account for
 * 2 hours (the right password is refused meanwhile, with an honest message); an unknown name is counted and
 * locked the same way and costs the same hashing time, so the answers never tell whether an account
 * exists; each client address may fail {@value SignInRules#MAX_FAILURES_PER_ADDRESS} times per 15 minutes.
 * The failures of an address and of an unknown name are counted by the portal's one counter,
 * {@link RateLimiter}, under keyed hashes ({@code sign-in-address:…}, {@code sign-in-name:…}); a known account's
 * wrong passwords are counted on the account. Every outcome is audited against the account id, never the name
 * typed (it may be a mistyped password).
 *
 * <p>An account with a TOTP second factor gets only a {@link SecondFactorPending} authentication (no
 * role) until the code is right at {@code /dang-nhap/ma-xac-thuc}; an officer without one gets their roles
 * plus the "set-up required" flag, which keeps them out of the officers' areas until they set it up.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    static final String PENDING = "pending";
    static final String DISABLED = "disabled";

    private final AccountStore store;
    private final RateLimiter failures;
    private final IdentityKeys keys;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SecondFactor secondFactor;
    private volatile @Nullable String unknownAccountHash;

    PasswordSignIn(AccountStore store, RateLimiter failures, IdentityKeys keys, PasswordEncoder encoder,
            AuditLog audit, Clock clock, SecondFactor secondFactor) {
        this.store = store;
        this.failures = failures;
        this.keys = keys;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.secondFactor = secondFactor;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String typedName = request.getName() == null ? "" : request.getName();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        Instant now = clock.instant();
        String addressKey = "sign-in-address:" + keys.signInAddress(clientAddress(request));

        if (!failures.peek(addressKey, SignInRules.MAX_FAILURES_PER_ADDRESS, SignInRules.ADDRESS_WINDOW).allowed()) {
            audit.record("identity.sign-in.throttled", "sign-in", "client-address", Map.of());
            throw new SignInThrottledException();
        }
        String name = SignInNames.normalise(typedName);
        Optional<StoredAccount> found = name.isEmpty() || name.length() > SignInRules.MAX_NAME_LENGTH
                || password.length() > SignInRules.MAX_PASSWORD_LENGTH
                ? Optional.empty()
                : store.findBySignInName(name, SignInNames.phoneOrNull(name));
        if (found.isEmpty()) {
            return refuseUnknown(name, password, addressKey);
        }
        StoredAccount account = found.get();
        String accountId = account.id().toString();
        if (account.lockedAt(now)) {
            audit.record("identity.sign-in.refused", "account", accountId, Map.of("reason", "locked"));
            throw new LockedException("locked");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            countAddressFailure(addressKey);
            boolean lockedNow = store.recordFailedSignIn(account.id(), SignInRules.MAX_WRONG_PASSWORDS,
                    now.plus(SignInRules.LOCKOUT));
            audit.record("identity.sign-in.failed", "account", accountId, Map.of("reason", "wrong-password"));
            if (lockedNow) {
                audit.record("identity.account.locked", "account", accountId, Map.of(
                        "until", now.plus(SignInRules.LOCKOUT).toString(),
                        "wrongPasswords", SignInRules.MAX_WRONG_PASSWORDS));
                throw new LockedException("locked");
            }
            throw new BadCredentialsException("bad credentials");
        }
        if (account.status() != StoredAccount.Status.ACTIVE) {
            String reason = account.status() == StoredAccount.Status.PENDING ? PENDING : DISABLED;
            audit.record("identity.sign-in.refused", "account", accountId, Map.of("reason", reason));
            throw new DisabledException(reason);
        }
        store.recordSignIn(account.id(), now);
        if (encoder.upgradeEncoding(account.passwordHash())) {
            store.rehashPassword(account.id(), encoder.encode(password));
        }
        if (secondFactor.enabled(account.id())) {
            audit.record("identity.sign-in.password-accepted", "account", accountId,
                    Map.of("method", "password", "next", "second-factor"));
            return new SecondFactorPending(account.id(), account.username(), now, request.getDetails());
        }
        // officers must use a second factor: without one they may only reach the page that sets it up
        boolean setupRequired = account.kind() == AccountKind.OFFICER;
        audit.record("identity.sign-in.succeeded", "account", accountId, setupRequired
                ? Map.of("method", "password", "assuranceLevel", account.assuranceLevel().name(),
                        "secondFactor", "setup-required")
                : Map.of("method", "password", "assuranceLevel", account.assuranceLevel().name()));
        return SignInSessions.signedIn(account.toPrincipal(), setupRequired,
                request.getDetails());
    }

    /** An unknown name is locked like an account: after {@value SignInRules#MAX_WRONG_PASSWORDS} failures. */
    private Authentication refuseUnknown(String name, String password, String addressKey) {
        String nameKey = "sign-in-name:" + keys.signInName(name);
        if (!failures.peek(nameKey, SignInRules.MAX_WRONG_PASSWORDS, SignInRules.LOCKOUT).allowed()) {
            audit.record("identity.sign-in.refused", "sign-in", "unknown-account", Map.of("reason", "locked"));
            throw new LockedException("locked");
        }
        encoder.matches(password, unknownAccountHash());
        countAddressFailure(addressKey);
        failures.hit(nameKey, SignInRules.MAX_WRONG_PASSWORDS, SignInRules.LOCKOUT);
        audit.record("identity.sign-in.failed", "sign-in", "unknown-account", Map.of("reason", "unknown-account"));
        if (!failures.peek(nameKey, SignInRules.MAX_WRONG_PASSWORDS, SignInRules.LOCKOUT).allowed()) {
            throw new LockedException("locked");
        }
        throw new BadCredentialsException("bad credentials");
    }

    private void countAddressFailure(String addressKey) {
        failures.hit(addressKey, SignInRules.MAX_FAILURES_PER_ADDRESS, SignInRules.ADDRESS_WINDOW);
    }

    /** A real hash to check unknown names against, so that they take as long as known ones. */
    private String unknownAccountHash() {
        String hash = unknownAccountHash;
        if (hash == null) {
            hash = encoder.encode(UUID.randomUUID().toString());
            unknownAccountHash = hash;
        }
        return hash;
    }

    private static String clientAddress(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
