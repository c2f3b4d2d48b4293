package vn.dvc.portal.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Password reset by a one-time code sent to the account's e-mail (or, without one, its phone). The answers
 * never tell whether an account exists: an unknown name gets a reset page like any other, where every code
 * is "wrong or expired". A successful reset sets the new password, lifts a sign-in lockout (the code
 * proved control of the contact) and ends every session of the account.
 */
@Service
class PasswordReset {

    private final AccountStore store;
    private final IdentityKeys keys;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final NotificationPort notifications;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final vn.dvc.portal.platform.PortalProperties properties;
    private final SecureRandom random = new SecureRandom();

    PasswordReset(AccountStore store, IdentityKeys keys, PasswordEncoder encoder, PasswordPolicy policy,
            NotificationPort notifications, FindByIndexNameSessionRepository<? extends Session> sessions,
            AuditLog audit, Clock clock, vn.dvc.portal.platform.PortalProperties properties) {
        this.properties = properties;
        this.store = store;
        this.keys = keys;
        this.encoder = encoder;
        this.policy = policy;
        this.notifications = notifications;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends a code when the name designates an active account (at most
     * {@value Registration#MAX_CODES_PER_HOUR} codes an hour); returns the id of the reset page either way.
     */
    @Transactional
    public UUID start(@Nullable String typedName) {
        UUID pageId = UUID.randomUUID();
        String name = typedName == null ? "" : SignInNames.normalise(typedName);
        if (name.isEmpty() || name.length() > SignInRules.MAX_NAME_LENGTH) {
            throw RefusedInput.of("username", "identity.error.signInName.required");
        }
        Optional<StoredAccount> found = store.findBySignInName(name, SignInNames.phoneOrNull(name))
                .filter(account -> account.status() == StoredAccount.Status.ACTIVE)
                .filter(account -> account.email() != null || account.phone() != null);
        Instant now = clock.instant();
        if (found.isEmpty()
                || store.codesIssuedSince(found.get().id(), now.minus(Duration.ofHours(1))) >= Registration.MAX_CODES_PER_HOUR) {
            return pageId;
        }
        StoredAccount account = found.get();
        NotificationPort.Channel channel = account.email() != null ? NotificationPort.Channel.EMAIL : NotificationPort.Channel.SMS;
        String destination = channel == NotificationPort.Channel.EMAIL ? account.email() : account.phone();
        store.revokeCodes(account.id());
        String code = "%06d".formatted(random.nextInt(1_000_000));
        store.insertCode(pageId, account.id(), AccountStore.Purpose.PASSWORD_RESET, channel,
                keys.oneTimeCode(pageId, code), now, now.plus(OneTimeCode.LIFETIME));
        notifications.send(new NotificationPort.OutgoingMessage(channel, String.valueOf(destination),
                "Mã đặt lại mật khẩu tài khoản Cổng Dịch vụ công",
                "Mã đặt lại mật khẩu của bạn là " + code + ". Mã có hiệu lực trong 10 phút và chỉ dùng được một lần. "
                        + "Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua tin này."));
        audit.record("identity.password-reset.started", "account", account.id().toString(),
                Map.of("channel", channel.name()));
        return pageId;
    }

    /** How long the first-password code of a new officer stays valid. */
    static final Duration SETUP_LIFETIME = Duration.ofHours(24);

    /**
     * Sends a new officer the one-time code with which they choose their first password (the password reset
     * flow: the account is created with an unusable password). Joins the caller's transaction, so the
     * account and its code are created together or not at all.
     */
    @Transactional
    void sendFirstPasswordCode(UUID accountId, NotificationPort.Channel channel, String destination) {
        UUID pageId = UUID.randomUUID();
        Instant now = clock.instant();
        store.revokeCodes(accountId);
        String code = "%06d".formatted(random.nextInt(1_000_000));
        store.insertCode(pageId, accountId, AccountStore.Purpose.PASSWORD_RESET, channel,
                keys.oneTimeCode(pageId, code), now, now.plus(SETUP_LIFETIME));
        notifications.send(new NotificationPort.OutgoingMessage(channel, destination,
                "Tài khoản cán bộ trên Cổng Dịch vụ công",
                "Quản trị viên đã tạo tài khoản cán bộ cho bạn. Để đặt mật khẩu, mở trang "
                        + properties.link("/quen-mat-khau/" + pageId)
                        + " và nhập mã " + code + ". Mã có hiệu lực trong 24 giờ và chỉ dùng được một lần. "
                        + "Sau khi đăng nhập, bạn sẽ thiết lập xác thực hai bước."));
        audit.record("identity.officer.first-password-code-sent", "account", accountId.toString(),
                Map.of("channel", channel.name()));
    }

    /**
     * Sets the new password if the code is right.
     *
     * @throws RefusedInput field {@code code} (reason {@code format} or {@code invalid}) or
     *                                   {@code newPassword} (the password policy's reasons)
     */
    @Transactional(noRollbackFor = RefusedInput.class)
    public void complete(UUID pageId, @Nullable String typedCode, @Nullable String newPassword) {
        String code = typedCode == null ? "" : typedCode.replaceAll("\\s", "");
        if (!code.matches("[0-9]{6}")) {
            throw RefusedInput.of("code", "identity.error.code.format");
        }
        Optional<OneTimeCode> stored = store.codeForUpdate(pageId, AccountStore.Purpose.PASSWORD_RESET);
        Optional<StoredAccount> account = stored.flatMap(c -> store.findById(c.accountId()));
        policy.check(newPassword, account.map(StoredAccount::username).orElse(null), "newPassword");
        if (stored.isEmpty() || account.isEmpty()) {
            throw RefusedInput.of("code", "identity.error.code.invalid");
        }
        OneTimeCode resetCode = stored.get();
        Instant now = clock.instant();
        OneTimeCode.Outcome outcome = resetCode.check(
                IdentityKeys.same(resetCode.codeHmac(), keys.oneTimeCode(resetCode.id(), code)), now);
        if (outcome != OneTimeCode.Outcome.ACCEPTED) {
            if (outcome == OneTimeCode.Outcome.WRONG) {
                store.countAttempt(resetCode.id());
            }
            throw RefusedInput.of("code", "identity.error.code.invalid");
        }
        StoredAccount owner = account.get();
        store.markUsed(resetCode.id(), now);
        store.updatePassword(owner.id(), encoder.encode(newPassword), now);
        store.unlock(owner.id());
        int ended = 0;
        for (String sessionId : sessions.findByPrincipalName(owner.username()).keySet()) {
            sessions.deleteById(sessionId);
            ended++;
        }
        audit.record("identity.password.reset", "account", owner.id().toString(), Map.of("sessionsEnded", ended));
    }
}
