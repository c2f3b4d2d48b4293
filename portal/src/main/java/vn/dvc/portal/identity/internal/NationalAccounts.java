package vn.dvc.portal.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.CitizenIdNumber;
import vn.dvc.portal.identity.NationalIdentityLinked;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.VietnameseText;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Finds the portal account of a national identity, linking or creating it at the first sign-in (AUTH-3):
 * <ol>
 *   <li>a stored link (issuer + {@code sub}) names the account;</li>
 *   <li>else an individual account with the same citizen ID number (keyed hash) and the same date of birth
 *       is linked (audited);</li>
 *   <li>else a new ACTIVE individual account (CITIZEN) is created from the claims, with a unique user name
 *       derived from the name, and linked.</li>
 * </ol>
 * One transaction: a refusal leaves nothing behind. A created account is at {@code NATIONAL_IDENTITY} (its
 * identity comes from the national provider); a linked account keeps its level (a password sign-in takes
 * its session level from the account). The session's level is always that of the {@code acr} of this sign-in.
 */
@Component
class NationalAccounts {

    /** Refusals, each with a message key {@code identity.national.error.<reason>}. */
    static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    /** The claims the portal uses, already checked for form. */
    record Claims(String issuer, String subject, AssuranceLevel level, String citizenId, LocalDate birthDate,
                  String name, @Nullable String email, @Nullable String phone) {
    }

    static final String ADDRESS_UNKNOWN = "(chưa cập nhật)";

    private final JdbcClient jdbc;
    private final AccountStore store;
    private final IdentityKeys keys;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NationalAccounts(JdbcClient jdbc, AccountStore store, IdentityKeys keys, PasswordEncoder encoder, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.keys = keys;
        this.encoder = encoder;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The account of this national identity (linked or created).
     *
     * @param expected for a step-up, the account already signed in: another person's identity is refused
     *                 (and nothing is linked or created)
     */
    @Transactional
    StoredAccount signIn(Claims claims, @Nullable UUID expected) {
        Instant now = clock.instant();
        Optional<UUID> linked = jdbc.sql("SELECT account_id FROM identity_national_link WHERE issuer = :iss AND subject = :sub")
                .param("iss", claims.issuer()).param("sub", claims.subject()).query(UUID.class).optional();
        UUID accountId;
        if (linked.isPresent()) {
            accountId = linked.get();
        } else {
            CitizenIdNumber number;
            try {
                number = CitizenIdNumber.parse(claims.citizenId(), claims.birthDate());
            } catch (RefusedInput e) {
                throw new Refused("claims");
            }
            byte[] hmac = keys.citizenId(number);
            Optional<Map.Entry<UUID, LocalDate>> individual = jdbc.sql(
                            "SELECT account_id, date_of_birth FROM identity_individual WHERE citizen_id_hmac = :h")
                    .param("h", hmac)
                    .query((rs, row) -> Map.entry(rs.getObject("account_id", UUID.class),
                            rs.getObject("date_of_birth", LocalDate.class)))
                    .optional();
            if (individual.isPresent()) {
                if (!individual.get().getValue().equals(claims.birthDate())) {
                    throw new Refused("mismatch");
                }
                accountId = individual.get().getKey();
                Integer links = jdbc.sql("SELECT count(*) FROM identity_national_link WHERE account_id = :id AND issuer = :iss")
                        .param("id", accountId).param("iss", claims.issuer()).query(Integer.class).single();
                if (links > 0) {
                    // the account is already linked to another identity of this provider
                    throw new Refused("mismatch");
                }
                link(claims, number, accountId, now);
                audit.record("identity.national.linked", "account", accountId.toString(),
                        Map.of("match", "citizen-id+birthdate", "assuranceLevel", claims.level().name()));
            } else {
                accountId = create(claims, number, hmac, now);
            }
        }
        if (expected != null && !expected.equals(accountId)) {
            throw new Refused("other-person");
        }
        StoredAccount account = store.findById(accountId).orElseThrow(() -> new Refused("disabled"));
        if (account.status() != StoredAccount.Status.ACTIVE) {
            throw new Refused(account.status() == StoredAccount.Status.PENDING ? "pending" : "disabled");
        }
        jdbc.sql("UPDATE identity_national_link SET last_sign_in_at = :at WHERE issuer = :iss AND subject = :sub")
                .param("at", Timestamp.from(now)).param("iss", claims.issuer()).param("sub", claims.subject()).update();
        store.recordSignIn(accountId, now);
        return store.findById(accountId).orElseThrow();
    }

    private UUID create(Claims claims, CitizenIdNumber number, byte[] hmac, Instant now) {
        UUID id = UUID.randomUUID();
        String email = claims.email() != null && !store.emailExists(claims.email()) ? claims.email() : null;
        String phone = claims.phone() != null && !store.phoneExists(claims.phone()) ? claims.phone() : null;
        if (email == null && phone == null) {
            throw new Refused("contact");
        }
        String username = uniqueUsername(claims.name());
        // no password: the account signs in nationally; a password can be set later by "forgotten password"
        String unusable = encoder.encode(UUID.randomUUID() + "-" + UUID.randomUUID());
        store.insertAccount(id, AccountKind.INDIVIDUAL, username, claims.name(), email, phone, unusable,
                StoredAccount.Status.ACTIVE, AssuranceLevel.NATIONAL_IDENTITY, now, EnumSet.of(Role.CITIZEN));
        store.insertIndividual(id, claims.name(), hmac, number.lastFour(), claims.birthDate(), ADDRESS_UNKNOWN);
        link(claims, number, id, now);
        audit.record("identity.national.account-created", "account", id.toString(),
                Map.of("assuranceLevel", AssuranceLevel.NATIONAL_IDENTITY.name(), "acrLevel", claims.level().name()));
        return id;
    }

    /**
     * Stores the link and announces it ({@link NationalIdentityLinked}, with the citizen ID number only as a keyed
     * hash), so that dossiers filed for this person at the National Portal become the account's.
     */
    private void link(Claims claims, CitizenIdNumber number, UUID accountId, Instant now) {
        jdbc.sql("""
                        INSERT INTO identity_national_link (issuer, subject, account_id, linked_at)
                        VALUES (:iss, :sub, :id, :at)""")
                .param("iss", claims.issuer()).param("sub", claims.subject()).param("id", accountId)
                .param("at", Timestamp.from(now)).update();
        events.publishEvent(new NationalIdentityLinked(accountId,
                java.util.HexFormat.of().formatHex(keys.personalData(NationalIdentityLinked.MATCHING_PURPOSE,
                        number.digits())), now));
    }

    /** A user name from the person's name without diacritics ({@code tran.van.minh}), made unique. */
    String uniqueUsername(String name) {
        String base = VietnameseText.withoutDiacritics(name).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", ".").replaceAll("^[^a-z]+", "").replaceAll("\\.+$", "");
        if (base.length() < 3) {
            base = "cong.dan";
        }
        if (base.length() > 32) {
            base = base.substring(0, 32).replaceAll("\\.+$", "");
        }
        if (!store.usernameExists(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "." + n;
            if (!store.usernameExists(candidate)) {
                return candidate;
            }
        }
    }

    static LocalDate birthDate(@Nullable String text) {
        try {
            if (text == null) {
                throw new Refused("claims");
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refused("claims");
        }
    }
}
