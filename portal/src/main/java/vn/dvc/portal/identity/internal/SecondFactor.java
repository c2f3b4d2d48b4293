package vn.dvc.portal.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The TOTP second factor of an account: set up (a secret shown once as text and QR code, confirmed by a
 * first code), checked at sign-in and step-up with the GOV.UK lockout ({@value #MAX_WRONG_CODES} wrong codes
 * lock the second step for 2 hours), single-use recovery codes, and disabling with password + code. Secrets
 * are stored only encrypted ({@link IdentityKeys#encryptTotpSecret}); codes and secrets are never logged or
 * audited.
 */
@Service
class SecondFactor {

    static final int MAX_WRONG_CODES = 6;
    static final Duration LOCKOUT = Duration.ofHours(2);
    static final int RECOVERY_CODES = 8;
    static final String ISSUER = "DVC Yen Bai";
    /** Recovery-code alphabet without 0/O, 1/I/L: easy to read back from paper. */
    private static final String RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the set-up page shows: the secret as text (Base32, grouped) and as a QR code. */
    record Setup(String secretText, String qrDataUri) {
        @Override
        public String toString() {
            return "Setup[…]";
        }
    }

    /** The result of one code typed at the second step, at step-up or to disable. */
    enum Outcome {
        ACCEPTED, ACCEPTED_RECOVERY_CODE, WRONG, LOCKED_NOW, LOCKED, NOT_ENABLED;

        boolean accepted() {
            return this == ACCEPTED || this == ACCEPTED_RECOVERY_CODE;
        }
    }

    private final SecondFactorStore store;
    private final AccountStore accounts;
    private final IdentityKeys keys;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactor(SecondFactorStore store, AccountStore accounts, IdentityKeys keys, PasswordEncoder encoder,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.keys = keys;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    boolean enabled(UUID accountId) {
        return store.enabled(accountId);
    }

    int recoveryCodesLeft(UUID accountId) {
        return store.recoveryCodesLeft(accountId);
    }

    /** How many wrong codes may still be typed before the lockout. */
    int triesLeft(UUID accountId) {
        return Math.max(0, MAX_WRONG_CODES - store.failedCodes(accountId));
    }

    /** Starts (or shows again) the set-up of an account that has no TOTP yet: one pending secret. */
    @Transactional
    Setup startSetup(SignedInUser user) {
        UUID id = user.getAccountId();
        SecondFactorStore.StoredTotp row = store.findForUpdate(id).orElse(null);
        if (row != null && row.enabled()) {
            throw new IllegalStateException("TOTP is already enabled");
        }
        byte[] secret;
        if (row != null && row.pendingSecret() != null) {
            secret = keys.decryptTotpSecret(id, row.pendingSecret());
        } else {
            secret = Totp.newSecret();
            store.savePending(id, keys.encryptTotpSecret(id, secret));
        }
        return new Setup(Totp.grouped(Totp.base32(secret)),
                QrCodes.pngDataUri(Totp.uri(ISSUER, user.getName(), secret)));
    }

    /**
     * Confirms the set-up with a first code: the account then has TOTP, and gets {@value #RECOVERY_CODES}
     * new recovery codes, returned here once and stored only as keyed hashes.
     *
     * @throws RefusedInput field {@code code}: {@code format} or {@code wrong}
     */
    @Transactional
    List<String> confirmSetup(SignedInUser user, @Nullable String typed) {
        UUID id = user.getAccountId();
        String code = normalise(typed);
        if (!code.matches("[0-9]{6}")) {
            throw RefusedInput.of("code", "identity.error.code.totpFormat");
        }
        SecondFactorStore.StoredTotp row = store.findForUpdate(id).orElse(null);
        if (row == null || row.pendingSecret() == null || row.enabled()) {
            throw RefusedInput.of("code", "identity.error.code.noPendingSetup");
        }
        byte[] secret = keys.decryptTotpSecret(id, row.pendingSecret());
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now, null);
        if (step.isEmpty()) {
            audit.record("identity.totp.setup-refused", "account", id.toString(), Map.of("reason", "wrong-code"));
            throw RefusedInput.of("code", "identity.error.code.totpWrongSetup");
        }
        store.enable(id, keys.encryptTotpSecret(id, secret), now, step.getAsLong());
        List<String> codes = newRecoveryCodes(id, now);
        audit.record("identity.totp.enabled", "account", id.toString(), Map.of("recoveryCodes", codes.size()));
        return codes;
    }

    /**
     * Checks a code typed by someone who has proved the password: a TOTP code (6 digits) or a recovery code.
     * Wrong codes count toward the lockout; every outcome is audited (without the code).
     *
     * @param purpose {@code sign-in}, {@code step-up} or {@code disable}, for the audit
     */
    @Transactional
    Outcome verify(UUID accountId, @Nullable String typed, String purpose) {
        Instant now = clock.instant();
        String id = accountId.toString();
        SecondFactorStore.StoredTotp row = store.findForUpdate(accountId).orElse(null);
        if (row == null || !row.enabled()) {
            return Outcome.NOT_ENABLED;
        }
        if (row.lockedAt(now)) {
            audit.record("identity.second-factor.refused", "account", id, Map.of("reason", "locked", "purpose", purpose));
            return Outcome.LOCKED;
        }
        String code = normalise(typed);
        if (code.matches("[0-9]{6}")) {
            byte[] secret = keys.decryptTotpSecret(accountId, row.secret());
            OptionalLong step = Totp.matchingStep(secret, code, now, row.lastUsedStep());
            if (step.isPresent()) {
                store.accepted(accountId, step.getAsLong());
                return Outcome.ACCEPTED;
            }
        } else if (code.length() == 10 && store.useRecoveryCode(accountId, keys.recoveryCode(accountId, code), now)) {
            store.accepted(accountId, null);
            audit.record("identity.recovery-code.used", "account", id,
                    Map.of("purpose", purpose, "left", store.recoveryCodesLeft(accountId)));
            return Outcome.ACCEPTED_RECOVERY_CODE;
        }
        boolean lockedNow = store.wrongCode(accountId, MAX_WRONG_CODES, now.plus(LOCKOUT));
        audit.record("identity.second-factor.failed", "account", id, Map.of("purpose", purpose));
        if (lockedNow) {
            audit.record("identity.second-factor.locked", "account", id, Map.of(
                    "until", now.plus(LOCKOUT).toString(), "wrongCodes", MAX_WRONG_CODES));
            return Outcome.LOCKED_NOW;
        }
        return Outcome.WRONG;
    }

    /**
     * Turns TOTP off with the password and a code (TOTP or recovery). Officers must keep a second factor.
     *
     * @throws RefusedInput {@code password} wrong, {@code code} wrong / locked, or
     *                                   {@code code} officerMustKeep
     */
    @Transactional(noRollbackFor = RefusedInput.class)
    void disable(SignedInUser user, @Nullable String password, @Nullable String code) {
        UUID id = user.getAccountId();
        if (user.getKind() == AccountKind.OFFICER) {
            throw RefusedInput.of("code", "identity.error.code.officerMustKeep");
        }
        StoredAccount account = accounts.findById(id).orElseThrow();
        if (password == null || password.isEmpty() || !encoder.matches(password, account.passwordHash())) {
            audit.record("identity.totp.disable-refused", "account", id.toString(), Map.of("reason", "wrong-password"));
            throw RefusedInput.of("disablePassword", "identity.error.disablePassword.wrong");
        }
        Outcome outcome = verify(id, code, "disable");
        switch (outcome) {
            case ACCEPTED, ACCEPTED_RECOVERY_CODE -> {
                store.disable(id);
                audit.record("identity.totp.disabled", "account", id.toString(), Map.of());
            }
            case LOCKED, LOCKED_NOW -> throw RefusedInput.of("code", "identity.error.code.totpLocked");
            case NOT_ENABLED -> throw RefusedInput.of("code", "identity.error.code.noPendingSetup");
            case WRONG -> throw RefusedInput.of("code", "identity.error.code.totpWrong");
        }
    }

    /** Demo data only: gives an account TOTP with a fixed secret (no recovery codes). */
    @Transactional
    void enableFixed(UUID accountId, byte[] secret) {
        store.enable(accountId, keys.encryptTotpSecret(accountId, secret), clock.instant(), null);
    }

    private List<String> newRecoveryCodes(UUID accountId, Instant now) {
        List<String> shown = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
            hashes.add(keys.recoveryCode(accountId, code.toString()));
        }
        store.replaceRecoveryCodes(accountId, hashes, now);
        return shown;
    }

    /** Spaces and dashes removed, upper case: "abcde-fghjk" and "ABCDE FGHJK" are the same code. */
    static String normalise(@Nullable String typed) {
        if (typed == null || typed.length() > 64) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
