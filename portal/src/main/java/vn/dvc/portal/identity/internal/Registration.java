package vn.dvc.portal.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.CitizenIdNumber;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.TaxCode;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Registration of applicants. One transaction checks every field, stores the account as PENDING (with its
 * profile or organisation) and a one-time code, and hands the code to the {@link NotificationPort}; any
 * problem rolls all of it back. Verifying the code (10 minutes, 5 tries, single use) makes the account
 * ACTIVE at the level VERIFIED_BY_CODE; until then it cannot sign in, and once its codes are dead its
 * identifiers are free for a new registration.
 */
@Service
class Registration {

    static final int MAX_CODES_PER_HOUR = 5;

    private final AccountStore store;
    private final IdentityKeys keys;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final NotificationPort notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Registration(AccountStore store, IdentityKeys keys, PasswordEncoder encoder, PasswordPolicy policy,
            NotificationPort notifications, AuditLog audit, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.encoder = encoder;
        this.policy = policy;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where the code of a pending registration went. */
    record Pending(UUID accountId, NotificationPort.Channel channel, String maskedDestination) {
    }

    /** The result of a try with a code. */
    record Verification(OneTimeCode.Outcome outcome, int attemptsLeft) {
    }

    @Transactional
    public UUID registerIndividual(RegistrationForms.Individual form) {
        List<FormError> problems = new ArrayList<>();
        String username = check(problems, () -> SignInNames.username(form.username()));
        String fullName = check(problems, () -> text(form.fullName(), "fullName", 200));
        LocalDate dateOfBirth = check(problems, () -> dateOfBirth(form.dateOfBirth()));
        CitizenIdNumber citizenId = check(problems, () -> CitizenIdNumber.parse(form.citizenId(), dateOfBirth));
        String email = check(problems, () -> SignInNames.email(form.email(), false));
        String phone = check(problems, () -> SignInNames.phone(form.phone(), false));
        String address = check(problems, () -> text(form.address(), "address", 500));
        NotificationPort.Channel channel = check(problems, () -> channel(form.channel(), form.email(), form.phone()));
        check(problems, () -> {
            policy.check(form.password(), form.username());
            return true;
        });
        byte[] idHmac = citizenId == null ? null : keys.citizenId(citizenId);
        Instant now = clock.instant();
        if (problems.isEmpty()) {
            store.removeAbandonedRegistrations(username, email, phone, idHmac, null, now);
            checkFree(problems, username, email, phone);
            if (store.citizenIdExists(idHmac)) {
                problems.add(FormError.of("citizenId", "identity.error.citizenId.taken"));
            }
        }
        RefusedInput.throwIfAny(problems);
        UUID id = UUID.randomUUID();
        try {
            store.insertAccount(id, AccountKind.INDIVIDUAL, username, fullName, email, phone,
                    encoder.encode(form.password()), StoredAccount.Status.PENDING, AssuranceLevel.SELF_DECLARED, now,
                    EnumSet.of(Role.CITIZEN));
            store.insertIndividual(id, fullName, idHmac, citizenId.lastFour(), dateOfBirth, address);
        } catch (DuplicateKeyException e) {
            throw new RefusedInput(List.of(fromConstraint(e)));
        }
        issueCode(id, channel, channel == NotificationPort.Channel.EMAIL ? email : phone, now);
        audit.record("identity.registration.started", "account", id.toString(),
                Map.of("kind", AccountKind.INDIVIDUAL.name(), "channel", channel.name()));
        return id;
    }

    @Transactional
    public UUID registerOrganisation(RegistrationForms.Organisation form) {
        List<FormError> problems = new ArrayList<>();
        String username = check(problems, () -> SignInNames.username(form.username()));
        String name = check(problems, () -> text(form.name(), "name", 300));
        TaxCode taxCode = check(problems, () -> TaxCode.parse(form.taxCode()));
        String representative = check(problems, () -> text(form.representativeName(), "representativeName", 200));
        String title = check(problems, () -> text(form.representativeTitle(), "representativeTitle", 200));
        String address = check(problems, () -> text(form.address(), "address", 500));
        String email = check(problems, () -> SignInNames.email(form.email(), false));
        String phone = check(problems, () -> SignInNames.phone(form.phone(), false));
        NotificationPort.Channel channel = check(problems, () -> channel(form.channel(), form.email(), form.phone()));
        check(problems, () -> {
            policy.check(form.password(), form.username());
            return true;
        });
        Instant now = clock.instant();
        if (problems.isEmpty()) {
            store.removeAbandonedRegistrations(username, email, phone, null, taxCode.value(), now);
            checkFree(problems, username, email, phone);
            if (store.taxCodeExists(taxCode.value())) {
                problems.add(FormError.of("taxCode", "identity.error.taxCode.taken"));
            }
        }
        RefusedInput.throwIfAny(problems);
        UUID id = UUID.randomUUID();
        UUID organisationId = UUID.randomUUID();
        try {
            store.insertAccount(id, AccountKind.ORGANISATION, username, name, email, phone,
                    encoder.encode(form.password()), StoredAccount.Status.PENDING, AssuranceLevel.SELF_DECLARED, now,
                    EnumSet.of(Role.BUSINESS));
            store.insertOrganisation(organisationId, name, taxCode.value(), representative, title, address, phone,
                    email, now);
            store.insertMember(organisationId, id, "OWNER", now);
        } catch (DuplicateKeyException e) {
            throw new RefusedInput(List.of(fromConstraint(e)));
        }
        issueCode(id, channel, channel == NotificationPort.Channel.EMAIL ? email : phone, now);
        audit.record("identity.registration.started", "account", id.toString(),
                Map.of("kind", AccountKind.ORGANISATION.name(), "channel", channel.name()));
        return id;
    }

    /** The pending registration, if the account exists and is still PENDING. */
    @Transactional(readOnly = true)
    public Optional<Pending> pending(UUID accountId) {
        return store.findById(accountId)
                .filter(account -> account.status() == StoredAccount.Status.PENDING)
                .flatMap(account -> store.latestChannel(accountId).map(channel -> new Pending(accountId, channel,
                        SignInNames.mask(channel == NotificationPort.Channel.EMAIL
                                ? String.valueOf(account.email()) : String.valueOf(account.phone())))));
    }

    /**
     * Tries a code. A wrong code counts as an attempt and is stored even though the answer is a refusal.
     *
     * @throws RefusedInput field {@code code}, reason {@code format}, when it is not 6 digits
     */
    @Transactional(noRollbackFor = RefusedInput.class)
    public Verification verify(UUID accountId, @Nullable String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!code.matches("[0-9]{6}")) {
            throw RefusedInput.of("code", "identity.error.code.format");
        }
        StoredAccount account = store.findById(accountId)
                .filter(a -> a.status() == StoredAccount.Status.PENDING)
                .orElseThrow(() -> new ResourceNotFound("no pending registration " + accountId));
        OneTimeCode stored = store.latestCodeForUpdate(accountId)
                .orElseThrow(() -> new ResourceNotFound("no pending registration " + accountId));
        Instant now = clock.instant();
        OneTimeCode.Outcome outcome = stored.check(
                IdentityKeys.same(stored.codeHmac(), keys.oneTimeCode(stored.id(), code)), now);
        switch (outcome) {
            case ACCEPTED -> {
                store.markUsed(stored.id(), now);
                store.activate(accountId, AssuranceLevel.VERIFIED_BY_CODE, now);
                audit.record("identity.account.registered", "account", accountId.toString(), Map.of(
                        "kind", account.kind().name(), "assuranceLevel", AssuranceLevel.VERIFIED_BY_CODE.name()));
            }
            case WRONG -> store.countAttempt(stored.id());
            default -> {
            }
        }
        return new Verification(outcome, outcome == OneTimeCode.Outcome.WRONG ? stored.attemptsLeftAfterWrongTry() : 0);
    }

    /** Sends a new code (the old one dies), at most {@value MAX_CODES_PER_HOUR} an hour. */
    @Transactional
    public boolean resend(UUID accountId) {
        Optional<StoredAccount> found = store.findById(accountId)
                .filter(a -> a.status() == StoredAccount.Status.PENDING);
        Optional<NotificationPort.Channel> channel = store.latestChannel(accountId);
        Instant now = clock.instant();
        if (found.isEmpty() || channel.isEmpty()
                || store.codesIssuedSince(accountId, now.minus(java.time.Duration.ofHours(1))) >= MAX_CODES_PER_HOUR) {
            return false;
        }
        store.revokeCodes(accountId);
        StoredAccount account = found.get();
        issueCode(accountId, channel.get(), channel.get() == NotificationPort.Channel.EMAIL
                ? account.email() : account.phone(), now);
        return true;
    }

    private void issueCode(UUID accountId, NotificationPort.Channel channel, @Nullable String destination, Instant now) {
        if (destination == null) {
            throw new IllegalStateException("no destination for " + channel);
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        UUID codeId = UUID.randomUUID();
        store.insertCode(codeId, accountId, AccountStore.Purpose.REGISTRATION, channel, keys.oneTimeCode(codeId, code), now, now.plus(OneTimeCode.LIFETIME));
        notifications.send(new NotificationPort.OutgoingMessage(channel, destination,
                "Mã xác minh đăng ký tài khoản Cổng Dịch vụ công",
                "Mã xác minh của bạn là " + code + ". Mã có hiệu lực trong 10 phút và chỉ dùng được một lần. "
                        + "Không cung cấp mã này cho bất kỳ ai, kể cả người tự xưng là cán bộ."));
    }

    private void checkFree(List<FormError> problems, String username, @Nullable String email,
            @Nullable String phone) {
        if (store.usernameExists(username)) {
            problems.add(FormError.of("username", "identity.error.username.taken"));
        }
        if (email != null && store.emailExists(email)) {
            problems.add(FormError.of("email", "identity.error.email.taken"));
        }
        if (phone != null && store.phoneExists(phone)) {
            problems.add(FormError.of("phone", "identity.error.phone.taken"));
        }
    }

    static FormError fromConstraint(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("email_uq")) {
            return FormError.of("email", "identity.error.email.taken");
        }
        if (message.contains("phone_uq")) {
            return FormError.of("phone", "identity.error.phone.taken");
        }
        if (message.contains("citizen_id_uq")) {
            return FormError.of("citizenId", "identity.error.citizenId.taken");
        }
        if (message.contains("tax_code_uq")) {
            return FormError.of("taxCode", "identity.error.taxCode.taken");
        }
        return FormError.of("username", "identity.error.username.taken");
    }

    static <T> @Nullable T check(List<FormError> problems, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RefusedInput e) {
            problems.addAll(e.errors());
            return null;
        }
    }

    static String text(@Nullable String typed, String field, int max) {
        String text = typed == null ? "" : java.text.Normalizer.normalize(typed.strip(), java.text.Normalizer.Form.NFC);
        if (text.isEmpty()) {
            throw RefusedInput.of(field, "identity.error." + field + ".required");
        }
        if (text.length() > max) {
            throw RefusedInput.of(field, "identity.error." + field + ".tooLong");
        }
        return text;
    }

    private LocalDate dateOfBirth(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            throw RefusedInput.of("dateOfBirth", "identity.error.dateOfBirth.required");
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            LocalDate today = LocalDate.now(clock);
            if (date.isAfter(today) || date.isBefore(today.minusYears(130))) {
                throw RefusedInput.of("dateOfBirth", "identity.error.dateOfBirth.range");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw RefusedInput.of("dateOfBirth", "identity.error.dateOfBirth.format");
        }
    }

    private static NotificationPort.Channel channel(@Nullable String typed, @Nullable String email,
            @Nullable String phone) {
        NotificationPort.Channel channel = "SMS".equals(typed) ? NotificationPort.Channel.SMS : NotificationPort.Channel.EMAIL;
        if (channel == NotificationPort.Channel.EMAIL && (email == null || email.isBlank())) {
            throw RefusedInput.of("email", "identity.error.email.requiredForCode");
        }
        if (channel == NotificationPort.Channel.SMS && (phone == null || phone.isBlank())) {
            throw RefusedInput.of("phone", "identity.error.phone.requiredForCode");
        }
        return channel;
    }
}
