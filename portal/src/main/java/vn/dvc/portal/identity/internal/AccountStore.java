package vn.dvc.portal.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.identity.Role;

/** The module's tables, through plain SQL. Only this module reads or writes them. */
@Repository
class AccountStore {

    private static final String SELECT_ACCOUNT = """
            SELECT a.*, o.agency_code, o.unit, o.scope_code,
                   coalesce((SELECT string_agg(r.role, ',') FROM identity_account_role r WHERE r.account_id = a.id), '') AS roles
            FROM identity_account a LEFT JOIN identity_officer o ON o.account_id = a.id
            """;

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- accounts -------------------------------------------------------------------------------------

    /** The account a sign-in name designates: its user name, e-mail or phone (all normalised). */
    Optional<StoredAccount> findBySignInName(String name, @Nullable String phone) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE a.username = :name OR a.email = :name OR a.phone = :phone")
                .param("name", name).param("phone", phone)
                .query(AccountStore::account).optional();
    }

    Optional<StoredAccount> findById(UUID id) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE a.id = :id").param("id", id).query(AccountStore::account).optional();
    }

    Optional<StoredAccount> findByUsername(String username) {
        return jdbc.sql(SELECT_ACCOUNT + " WHERE a.username = :u").param("u", username)
                .query(AccountStore::account).optional();
    }

    /**
     * Counts one wrong password; the {@code max}-th in a row locks sign-in until {@code until} and starts
     * the count again. Atomic, so nodes signing in at once cannot lose a count.
     *
     * @return whether this failure locked the account
     */
    boolean recordFailedSignIn(UUID id, int max, Instant until) {
        return jdbc.sql("""
                        UPDATE identity_account SET
                            locked_until = CASE WHEN failed_sign_ins + 1 >= :max THEN :until ELSE locked_until END,
                            failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= :max THEN 0 ELSE failed_sign_ins + 1 END
                        WHERE id = :id
                        RETURNING failed_sign_ins = 0 AND locked_until = :until""")
                .param("id", id).param("max", max).param("until", Timestamp.from(until))
                .query(Boolean.class).optional().orElse(false);
    }

    void recordSignIn(UUID id, Instant at) {
        jdbc.sql("UPDATE identity_account SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = :at WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    void updatePassword(UUID id, String hash, Instant at) {
        jdbc.sql("UPDATE identity_account SET password_hash = :hash, password_changed_at = :at WHERE id = :id")
                .param("id", id).param("hash", hash).param("at", Timestamp.from(at)).update();
    }

    void rehashPassword(UUID id, String hash) {
        jdbc.sql("UPDATE identity_account SET password_hash = :hash WHERE id = :id")
                .param("id", id).param("hash", hash).update();
    }

    void insertAccount(UUID id, AccountKind kind, String username, String displayName, @Nullable String email,
            @Nullable String phone, String passwordHash, StoredAccount.Status status, AssuranceLevel level,
            Instant at, Set<Role> roles) {
        jdbc.sql("""
                        INSERT INTO identity_account (id, kind, username, display_name, email, phone, password_hash,
                            status, assurance_level, created_at, verified_at, password_changed_at)
                        VALUES (:id, :kind, :username, :displayName, :email, :phone, :hash, :status, :level, :at,
                            :verifiedAt, :at)""")
                .param("id", id).param("kind", kind.name()).param("username", username)
                .param("displayName", displayName).param("email", email).param("phone", phone)
                .param("hash", passwordHash).param("status", status.name()).param("level", level.name())
                .param("at", Timestamp.from(at))
                .param("verifiedAt", status == StoredAccount.Status.ACTIVE ? Timestamp.from(at) : null)
                .update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO identity_account_role (account_id, role) VALUES (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    void activate(UUID id, AssuranceLevel level, Instant at) {
        jdbc.sql("""
                        UPDATE identity_account SET status = 'ACTIVE', assurance_level = :level, verified_at = :at
                        WHERE id = :id AND status = 'PENDING'""")
                .param("id", id).param("level", level.name()).param("at", Timestamp.from(at)).update();
    }

    boolean usernameExists(String username) {
        return exists("SELECT count(*) FROM identity_account WHERE username = :v", username);
    }

    boolean emailExists(String email) {
        return exists("SELECT count(*) FROM identity_account WHERE email = :v", email);
    }

    boolean phoneExists(String phone) {
        return exists("SELECT count(*) FROM identity_account WHERE phone = :v", phone);
    }

    boolean citizenIdExists(byte[] hmac) {
        return exists("SELECT count(*) FROM identity_individual WHERE citizen_id_hmac = :v", hmac);
    }

    boolean taxCodeExists(String taxCode) {
        return exists("SELECT count(*) FROM identity_organisation WHERE tax_code = :v", taxCode);
    }

    private boolean exists(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Integer.class).single() > 0;
    }

    /**
     * Removes PENDING accounts that hold one of these identifiers and can no longer be verified (no live
     * code), and organisations left without anyone acting for them, so that a new registration may use them.
     */
    int removeAbandonedRegistrations(String username, @Nullable String email, @Nullable String phone,
            byte @Nullable [] citizenIdHmac, @Nullable String taxCode, Instant now) {
        int removed = jdbc.sql("""
                        DELETE FROM identity_account a
                        WHERE a.status = 'PENDING'
                          AND (a.username = :username OR a.email = :email OR a.phone = :phone
                               OR a.id IN (SELECT i.account_id FROM identity_individual i WHERE i.citizen_id_hmac = :idHmac)
                               OR a.id IN (SELECT m.account_id FROM identity_organisation_member m
                                           JOIN identity_organisation o ON o.id = m.organisation_id
                                           WHERE o.tax_code = :taxCode))
                          AND NOT EXISTS (SELECT 1 FROM identity_one_time_code c
                                          WHERE c.account_id = a.id AND c.used_at IS NULL AND NOT c.revoked
                                            AND c.expires_at > :now AND c.attempts < :maxAttempts)""")
                .param("username", username).param("email", email).param("phone", phone)
                .param("idHmac", citizenIdHmac).param("taxCode", taxCode).param("now", Timestamp.from(now))
                .param("maxAttempts", OneTimeCode.MAX_ATTEMPTS)
                .update();
        jdbc.sql("""
                        DELETE FROM identity_organisation o
                        WHERE NOT EXISTS (SELECT 1 FROM identity_organisation_member m WHERE m.organisation_id = o.id)""")
                .update();
        return removed;
    }

    // --- profiles -------------------------------------------------------------------------------------

    void insertIndividual(UUID accountId, String fullName, byte[] citizenIdHmac, String lastFour,
            LocalDate dateOfBirth, String address) {
        jdbc.sql("""
                        INSERT INTO identity_individual (account_id, full_name, citizen_id_hmac, citizen_id_last4,
                            date_of_birth, address)
                        VALUES (:id, :name, :hmac, :last4, :dob, :address)""")
                .param("id", accountId).param("name", fullName).param("hmac", citizenIdHmac).param("last4", lastFour)
                .param("dob", dateOfBirth).param("address", address).update();
    }

    void insertOrganisation(UUID id, String name, String taxCode, String representativeName,
            String representativeTitle, String address, @Nullable String phone, @Nullable String email, Instant at) {
        jdbc.sql("""
                        INSERT INTO identity_organisation (id, name, tax_code, representative_name, representative_title,
                            address, phone, email, created_at)
                        VALUES (:id, :name, :taxCode, :repName, :repTitle, :address, :phone, :email, :at)""")
                .param("id", id).param("name", name).param("taxCode", taxCode).param("repName", representativeName)
                .param("repTitle", representativeTitle).param("address", address).param("phone", phone)
                .param("email", email).param("at", Timestamp.from(at)).update();
    }

    void insertMember(UUID organisationId, UUID accountId, String memberRole, Instant at) {
        jdbc.sql("""
                        INSERT INTO identity_organisation_member (organisation_id, account_id, member_role, since)
                        VALUES (:org, :account, :role, :at)""")
                .param("org", organisationId).param("account", accountId).param("role", memberRole)
                .param("at", Timestamp.from(at)).update();
    }

    void insertOfficer(UUID accountId, String agencyCode, @Nullable String unit) {
        insertOfficer(accountId, agencyCode, unit, null);
    }

    void insertOfficer(UUID accountId, String agencyCode, @Nullable String unit, @Nullable String scopeCode) {
        jdbc.sql("INSERT INTO identity_officer (account_id, agency_code, unit, scope_code) VALUES (:id, :agency, :unit, :scope)")
                .param("id", accountId).param("agency", agencyCode).param("unit", unit).param("scope", scopeCode)
                .update();
    }

    /** Sets an officer's scope where it is not set yet (demo data); returns whether it changed. */
    boolean setOfficerScopeIfUnset(UUID accountId, String scopeCode) {
        return jdbc.sql("UPDATE identity_officer SET scope_code = :scope WHERE account_id = :id AND scope_code IS NULL")
                .param("id", accountId).param("scope", scopeCode).update() == 1;
    }

    /** Changes an officer's details. */
    void updateOfficer(UUID accountId, String displayName, @Nullable String email, @Nullable String phone,
            String agencyCode, @Nullable String unit, @Nullable String scopeCode) {
        jdbc.sql("UPDATE identity_account SET display_name = :name, email = :email, phone = :phone WHERE id = :id")
                .param("id", accountId).param("name", displayName).param("email", email).param("phone", phone)
                .update();
        jdbc.sql("UPDATE identity_officer SET agency_code = :agency, unit = :unit, scope_code = :scope WHERE account_id = :id")
                .param("id", accountId).param("agency", agencyCode).param("unit", unit).param("scope", scopeCode)
                .update();
    }

    /** An officer as administrators see it. */
    record OfficerRow(UUID id, String username, String displayName, @Nullable String email, @Nullable String phone,
                      String agencyCode, @Nullable String unit, Set<Role> roles, StoredAccount.Status status,
                      boolean twoFactor, String scopeCode) {
    }

    List<OfficerRow> officers() {
        return jdbc.sql(SELECT_ACCOUNT.replace("SELECT a.*,", """
                        SELECT a.*, EXISTS (SELECT 1 FROM identity_totp t WHERE t.account_id = a.id AND t.secret IS NOT NULL)
                               AS two_factor,""") + " WHERE a.kind = 'OFFICER' ORDER BY o.agency_code, a.display_name, a.username")
                .query((rs, n) -> {
                    StoredAccount a = account(rs, n);
                    return new OfficerRow(a.id(), a.username(), a.displayName(), a.email(), a.phone(),
                            String.valueOf(a.agencyCode()), a.unit(), a.roles(), a.status(), rs.getBoolean("two_factor"),
                            a.scopeCode() != null ? a.scopeCode() : String.valueOf(a.agencyCode()));
                })
                .list();
    }

    void replaceRoles(UUID id, Set<Role> roles) {
        jdbc.sql("DELETE FROM identity_account_role WHERE account_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO identity_account_role (account_id, role) VALUES (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    void setStatus(UUID id, StoredAccount.Status status) {
        jdbc.sql("UPDATE identity_account SET status = :status WHERE id = :id")
                .param("id", id).param("status", status.name()).update();
    }

    /** An individual's profile as shown to its owner: the ID number only by its last 4 digits. */
    record IndividualProfile(String fullName, String citizenIdLastFour, LocalDate dateOfBirth, String address) {
    }

    /** An organisation as shown to the people acting for it. */
    record OrganisationProfile(UUID id, String name, String taxCode, String representativeName,
                               String representativeTitle, String address, String memberRole) {

        public boolean owner() {
            return "OWNER".equals(memberRole);
        }
    }

    /** A person acting for an organisation, as its owners see them. */
    record MemberRow(UUID accountId, String displayName, String username, String memberRole, Instant since) {
    }

    List<MemberRow> members(UUID organisationId) {
        return jdbc.sql("""
                        SELECT a.id, a.display_name, a.username, m.member_role, m.since
                        FROM identity_organisation_member m JOIN identity_account a ON a.id = m.account_id
                        WHERE m.organisation_id = :org ORDER BY m.member_role DESC, a.display_name""")
                .param("org", organisationId)
                .query((rs, n) -> new MemberRow(rs.getObject("id", UUID.class), rs.getString("display_name"),
                        rs.getString("username"), rs.getString("member_role"), rs.getTimestamp("since").toInstant()))
                .list();
    }

    /** Removes a MEMBER (never an OWNER); returns whether one was removed. */
    boolean deleteMember(UUID organisationId, UUID accountId) {
        return jdbc.sql("""
                        DELETE FROM identity_organisation_member
                        WHERE organisation_id = :org AND account_id = :account AND member_role = 'MEMBER'""")
                .param("org", organisationId).param("account", accountId).update() == 1;
    }

    Optional<IndividualProfile> individual(UUID accountId) {
        return jdbc.sql("SELECT * FROM identity_individual WHERE account_id = :id").param("id", accountId)
                .query((rs, n) -> new IndividualProfile(rs.getString("full_name"), rs.getString("citizen_id_last4"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("address")))
                .optional();
    }

    List<OrganisationProfile> organisations(UUID accountId) {
        return jdbc.sql("""
                        SELECT o.*, m.member_role FROM identity_organisation o
                        JOIN identity_organisation_member m ON m.organisation_id = o.id
                        WHERE m.account_id = :id ORDER BY o.name""")
                .param("id", accountId)
                .query((rs, n) -> new OrganisationProfile(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("tax_code"),
                        rs.getString("representative_name"), rs.getString("representative_title"),
                        rs.getString("address"), rs.getString("member_role")))
                .list();
    }

    // --- one-time codes -------------------------------------------------------------------------------

    /** What a one-time code is for. */
    enum Purpose {
        REGISTRATION, PASSWORD_RESET
    }

    void insertCode(UUID id, UUID accountId, Purpose purpose, NotificationPort.Channel channel, byte[] hmac, Instant at,
            Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO identity_one_time_code (id, account_id, purpose, channel, code_hmac, created_at, expires_at)
                        VALUES (:id, :account, :purpose, :channel, :hmac, :at, :expires)""")
                .param("id", id).param("account", accountId).param("purpose", purpose.name())
                .param("channel", channel.name()).param("hmac", hmac)
                .param("at", Timestamp.from(at)).param("expires", Timestamp.from(expiresAt)).update();
    }

    /** The newest registration code of the account, locked for this transaction. */
    Optional<OneTimeCode> latestCodeForUpdate(UUID accountId) {
        return jdbc.sql("""
                        SELECT * FROM identity_one_time_code WHERE account_id = :account AND purpose = 'REGISTRATION'
                        ORDER BY created_at DESC, id LIMIT 1 FOR UPDATE""")
                .param("account", accountId)
                .query(AccountStore::code)
                .optional();
    }

    /** A code by its id and purpose, locked for this transaction. */
    Optional<OneTimeCode> codeForUpdate(UUID codeId, Purpose purpose) {
        return jdbc.sql("SELECT * FROM identity_one_time_code WHERE id = :id AND purpose = :purpose FOR UPDATE")
                .param("id", codeId).param("purpose", purpose.name())
                .query(AccountStore::code)
                .optional();
    }

    Optional<NotificationPort.Channel> latestChannel(UUID accountId) {
        return jdbc.sql("""
                        SELECT channel FROM identity_one_time_code WHERE account_id = :a AND purpose = 'REGISTRATION'
                        ORDER BY created_at DESC LIMIT 1""")
                .param("a", accountId).query(String.class).optional().map(NotificationPort.Channel::valueOf);
    }

    void countAttempt(UUID codeId) {
        jdbc.sql("UPDATE identity_one_time_code SET attempts = attempts + 1 WHERE id = :id").param("id", codeId).update();
    }

    void markUsed(UUID codeId, Instant at) {
        jdbc.sql("UPDATE identity_one_time_code SET used_at = :at, attempts = attempts + 1 WHERE id = :id")
                .param("id", codeId).param("at", Timestamp.from(at)).update();
    }

    void revokeCodes(UUID accountId) {
        jdbc.sql("UPDATE identity_one_time_code SET revoked = true WHERE account_id = :a AND used_at IS NULL")
                .param("a", accountId).update();
    }

    int codesIssuedSince(UUID accountId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM identity_one_time_code WHERE account_id = :a AND created_at >= :since")
                .param("a", accountId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Unlocks sign-in (after a password reset proved control of the e-mail or phone). */
    void unlock(UUID id) {
        jdbc.sql("UPDATE identity_account SET failed_sign_ins = 0, locked_until = NULL WHERE id = :id")
                .param("id", id).update();
    }

    // --- mapping --------------------------------------------------------------------------------------

    private static OneTimeCode code(ResultSet rs, int row) throws SQLException {
        return new OneTimeCode(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getBytes("code_hmac"), rs.getTimestamp("expires_at").toInstant(), rs.getInt("attempts"),
                instant(rs, "used_at"), rs.getBoolean("revoked"));
    }

    private static StoredAccount account(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : rs.getString("roles").split(",")) {
            if (!role.isEmpty()) {
                roles.add(Role.valueOf(role));
            }
        }
        return new StoredAccount(rs.getObject("id", UUID.class), AccountKind.valueOf(rs.getString("kind")),
                rs.getString("username"), rs.getString("display_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("password_hash"), StoredAccount.Status.valueOf(rs.getString("status")),
                AssuranceLevel.valueOf(rs.getString("assurance_level")), rs.getInt("failed_sign_ins"),
                instant(rs, "locked_until"), roles, rs.getString("agency_code"), rs.getString("unit"),
                rs.getString("scope_code"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
