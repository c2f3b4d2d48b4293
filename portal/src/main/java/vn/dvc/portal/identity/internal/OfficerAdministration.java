package vn.dvc.portal.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.time.LocalDate;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * Officer administration ({@code /quan-tri/can-bo}), for system administrators (role {@code ADMIN}) only:
 * create officers, edit their details, change their roles, disable or enable them, and reset a lost second
 * factor. An administrator sees and manages only officers whose agency lies in their own scope
 * ({@link OfficerScope}); an officer's agency and scope must be agencies of the catalogue, valid today and
 * inside the administrator's scope. A new
 * officer's account is ACTIVE with an unusable password; a one-time code (the password-reset flow) lets
 * them choose their first password, and their first sign-in then requires setting up two-step verification.
 * Every change is audited with the account's id; an administrator cannot disable their own account or
 * remove their own ADMIN role.
 */
@Service
public class OfficerAdministration {

    static final String ADMIN_ONLY = "hasRole('ADMIN')";
    static final Pattern AGENCY_CODE = Pattern.compile("^[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}$");

    /** What an administrator types to create an officer. */
    public record OfficerForm(@Nullable String fullName, @Nullable String username, @Nullable String email,
                              @Nullable String phone, @Nullable String agencyCode, @Nullable String unit,
                              @Nullable List<String> roles, @Nullable String scopeCode) {

        public OfficerForm(@Nullable String fullName, @Nullable String username, @Nullable String email,
                @Nullable String phone, @Nullable String agencyCode, @Nullable String unit,
                @Nullable List<String> roles) {
            this(fullName, username, email, phone, agencyCode, unit, roles, null);
        }
    }

    private final AccountStore store;
    private final SecondFactorStore secondFactors;
    private final PasswordReset passwordReset;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final Agencies agencies;
    private final OfficerScope scope;

    OfficerAdministration(AccountStore store, SecondFactorStore secondFactors, PasswordReset passwordReset,
            PasswordEncoder encoder, FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog audit,
            Clock clock, Agencies agencies, OfficerScope scope) {
        this.agencies = agencies;
        this.scope = scope;
        this.store = store;
        this.secondFactors = secondFactors;
        this.passwordReset = passwordReset;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<AccountStore.OfficerRow> officers() {
        SignedInUser admin = CurrentUser.get().orElseThrow();
        return store.officers().stream().filter(o -> scope.covers(admin, o.agencyCode())).toList();
    }

    /** The agencies an administrator may attach officers to (valid today, in their scope), parents first. */
    @PreAuthorize(ADMIN_ONLY)
    public List<Agency> assignableAgencies() {
        SignedInUser admin = CurrentUser.get().orElseThrow();
        return agencies.validOn(LocalDate.now(clock)).stream().filter(a -> scope.covers(admin, a.code())).toList();
    }

    /** The roles an officer may be given, in the order the form shows them. */
    @PreAuthorize(ADMIN_ONLY)
    public List<Role> officerRoles() {
        return EnumSet.allOf(Role.class).stream().filter(Role::hasAgencyScope).toList();
    }

    @PreAuthorize(ADMIN_ONLY)
    @Transactional(readOnly = true)
    public Optional<AccountStore.OfficerRow> officer(UUID id) {
        return officers().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * Creates an officer and sends them the code for their first password (by e-mail, else by SMS).
     *
     * @throws RefusedInput every bad field; nothing is created
     */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public UUID create(OfficerForm form, SignedInUser admin) {
        List<FormError> problems = new ArrayList<>();
        String fullName = Registration.check(problems, () -> Registration.text(form.fullName(), "fullName", 200));
        String username = Registration.check(problems, () -> SignInNames.username(form.username()));
        String email = Registration.check(problems, () -> SignInNames.email(form.email(), false));
        String phone = Registration.check(problems, () -> SignInNames.phone(form.phone(), false));
        if (email == null && phone == null && problems.stream().noneMatch(p -> p.field().equals("email") || p.field().equals("phone"))) {
            problems.add(FormError.of("email", "identity.error.email.requiredForOfficer"));
        }
        String agencyCode = Registration.check(problems, () -> assignableAgency(form.agencyCode(), admin));
        String scopeCode = Registration.check(problems, () -> scopeCode(form.scopeCode(), agencyCode, admin));
        String unit = Registration.check(problems, () -> unit(form.unit()));
        Set<Role> roles = Registration.check(problems, () -> roles(form.roles()));
        if (problems.isEmpty()) {
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
        RefusedInput.throwIfAny(problems);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String unusable = encoder.encode(UUID.randomUUID() + "-" + UUID.randomUUID());
        try {
            store.insertAccount(id, AccountKind.OFFICER, username, fullName, email, phone, unusable,
                    StoredAccount.Status.ACTIVE, AssuranceLevel.SELF_DECLARED, now, roles);
            store.insertOfficer(id, agencyCode, unit, scopeCode);
        } catch (DuplicateKeyException e) {
            throw new RefusedInput(List.of(Registration.fromConstraint(e)));
        }
        audit.record("identity.officer.created", "account", id.toString(), Map.of("by", admin.getAccountId().toString(),
                "agencyCode", agencyCode, "scopeCode", scopeCode != null ? scopeCode : agencyCode, "roles", names(roles)));
        NotificationPort.Channel channel = email != null ? NotificationPort.Channel.EMAIL : NotificationPort.Channel.SMS;
        passwordReset.sendFirstPasswordCode(id, channel, email != null ? email : phone);
        return id;
    }

    /**
     * Changes an officer's name, contacts, agency, unit and scope, and ends their sessions when the agency or scope
     * changed (so the new scope applies at once). The user name stays.
     *
     * @throws RefusedInput every bad field; nothing is changed
     */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public void update(UUID id, OfficerForm form, SignedInUser admin) {
        StoredAccount officer = officerAccount(id, admin);
        List<FormError> problems = new ArrayList<>();
        String fullName = Registration.check(problems, () -> Registration.text(form.fullName(), "fullName", 200));
        String email = Registration.check(problems, () -> SignInNames.email(form.email(), false));
        String phone = Registration.check(problems, () -> SignInNames.phone(form.phone(), false));
        if (email == null && phone == null && problems.stream().noneMatch(p -> p.field().equals("email") || p.field().equals("phone"))) {
            problems.add(FormError.of("email", "identity.error.email.requiredForOfficer"));
        }
        String agencyCode = Registration.check(problems, () -> assignableAgency(form.agencyCode(), admin));
        String scopeCode = Registration.check(problems, () -> scopeCode(form.scopeCode(), agencyCode, admin));
        String unit = Registration.check(problems, () -> unit(form.unit()));
        if (problems.isEmpty()) {
            if (email != null && !email.equals(officer.email()) && store.emailExists(email)) {
                problems.add(FormError.of("email", "identity.error.email.taken"));
            }
            if (phone != null && !phone.equals(officer.phone()) && store.phoneExists(phone)) {
                problems.add(FormError.of("phone", "identity.error.phone.taken"));
            }
        }
        RefusedInput.throwIfAny(problems);
        String scopeBefore = officer.scopeCode() != null ? officer.scopeCode() : officer.agencyCode();
        String scopeAfter = scopeCode != null ? scopeCode : agencyCode;
        try {
            store.updateOfficer(id, fullName, email, phone, agencyCode, unit, scopeCode);
        } catch (DuplicateKeyException e) {
            throw new RefusedInput(List.of(Registration.fromConstraint(e)));
        }
        boolean placeChanged = !agencyCode.equals(officer.agencyCode()) || !scopeAfter.equals(scopeBefore);
        int ended = placeChanged ? endSessions(officer.username()) : 0;
        audit.record("identity.officer.updated", "account", id.toString(), Map.of("by", admin.getAccountId().toString(),
                "agencyBefore", String.valueOf(officer.agencyCode()), "agencyAfter", agencyCode,
                "scopeBefore", String.valueOf(scopeBefore), "scopeAfter", scopeAfter, "sessionsEnded", ended));
    }

    /**
     * Replaces an officer's roles and ends their sessions (so the new roles apply at once).
     *
     * @throws RefusedInput field {@code roles}: {@code required}, {@code unknown} or
     *                                   {@code ownAdmin} (an administrator keeps their own ADMIN role)
     */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public void changeRoles(UUID id, @Nullable List<String> typed, SignedInUser admin) {
        StoredAccount officer = officerAccount(id, admin);
        Set<Role> roles = roles(typed);
        if (id.equals(admin.getAccountId()) && !roles.contains(Role.ADMIN)) {
            throw RefusedInput.of("roles", "identity.error.roles.ownAdmin");
        }
        Set<Role> before = officer.roles();
        store.replaceRoles(id, roles);
        int ended = endSessions(officer.username());
        audit.record("identity.officer.roles-changed", "account", id.toString(), Map.of("by",
                admin.getAccountId().toString(), "before", names(before), "after", names(roles), "sessionsEnded", ended));
    }

    /**
     * Disables (ends every session; sign-in refused) or enables an officer.
     *
     * @throws RefusedInput field {@code status}, reason {@code own} for one's own account
     */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public void setActive(UUID id, boolean active, SignedInUser admin) {
        StoredAccount officer = officerAccount(id, admin);
        if (id.equals(admin.getAccountId())) {
            throw RefusedInput.of("status", "identity.error.status.own");
        }
        store.setStatus(id, active ? StoredAccount.Status.ACTIVE : StoredAccount.Status.DISABLED);
        int ended = active ? 0 : endSessions(officer.username());
        audit.record(active ? "identity.officer.enabled" : "identity.officer.disabled", "account", id.toString(),
                Map.of("by", admin.getAccountId().toString(), "sessionsEnded", ended));
    }

    /** Removes the officer's second factor and recovery codes and ends their sessions: they set it up again at next sign-in. */
    @PreAuthorize(ADMIN_ONLY)
    @Transactional
    public void resetSecondFactor(UUID id, SignedInUser admin) {
        StoredAccount officer = officerAccount(id, admin);
        secondFactors.disable(id);
        int ended = endSessions(officer.username());
        audit.record("identity.officer.second-factor-reset", "account", id.toString(),
                Map.of("by", admin.getAccountId().toString(), "sessionsEnded", ended));
    }

    /** An officer in the administrator's scope; one outside it is as unknown as one that does not exist. */
    private StoredAccount officerAccount(UUID id, SignedInUser admin) {
        return store.findById(id).filter(a -> a.kind() == AccountKind.OFFICER)
                .filter(a -> a.agencyCode() != null && scope.covers(admin, a.agencyCode()))
                .orElseThrow(() -> new ResourceNotFound("no officer " + id + " in this administrator's scope"));
    }

    /** An agency of the catalogue, valid today and inside the administrator's scope. */
    private String assignableAgency(@Nullable String typed, SignedInUser admin) {
        return assignable(agencyCode(typed), "agencyCode", admin);
    }

    /** The officer's scope: blank means their own agency (stored as null); else an agency that contains it. */
    private @Nullable String scopeCode(@Nullable String typed, @Nullable String agencyCode, SignedInUser admin) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String code = agencyCode(typed);
        if (!AGENCY_CODE.matcher(code).matches()) {
            throw RefusedInput.of("scopeCode", "identity.error.scopeCode.format");
        }
        assignable(code, "scopeCode", admin);
        if (agencyCode != null && !agencies.isWithin(agencyCode, code)) {
            throw RefusedInput.of("scopeCode", "identity.error.scopeCode.notAbove");
        }
        return code.equals(agencyCode) ? null : code;
    }

    private String assignable(String code, String field, SignedInUser admin) {
        Agency agency = agencies.find(code).filter(a -> a.isValidOn(LocalDate.now(clock)))
                .orElseThrow(() -> RefusedInput.of(field, "identity.error." + field + ".unknown"));
        if (!scope.covers(admin, agency.code())) {
            throw RefusedInput.of(field, "identity.error." + field + ".outsideScope");
        }
        return agency.code();
    }

    private int endSessions(String username) {
        Set<String> ids = sessions.findByPrincipalName(username).keySet();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }

    static String agencyCode(@Nullable String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            throw RefusedInput.of("agencyCode", "identity.error.agencyCode.required");
        }
        if (!AGENCY_CODE.matcher(code).matches()) {
            throw RefusedInput.of("agencyCode", "identity.error.agencyCode.format");
        }
        return code;
    }

    private static @Nullable String unit(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Registration.text(typed, "unit", 200);
    }

    static Set<Role> roles(@Nullable List<String> typed) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : typed == null ? List.<String>of() : typed) {
            Role role;
            try {
                role = Role.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw RefusedInput.of("roles", "identity.error.roles.unknown");
            }
            if (!role.hasAgencyScope()) {
                throw RefusedInput.of("roles", "identity.error.roles.unknown");
            }
            roles.add(role);
        }
        if (roles.isEmpty()) {
            throw RefusedInput.of("roles", "identity.error.roles.required");
        }
        return roles;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
