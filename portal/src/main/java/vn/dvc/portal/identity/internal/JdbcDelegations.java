package vn.dvc.portal.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.Delegation;
import vn.dvc.portal.identity.Delegations;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.RefusedInput;

/** {@link Delegations} on the {@code identity_delegation} table; every grant and revocation is audited. */
@Service
class JdbcDelegations implements Delegations {

    static final int MAX_REASON = 500;
    static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final AccountStore accounts;
    private final AuditLog audit;
    private final Clock clock;

    JdbcDelegations(JdbcClient jdbc, AccountStore accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID grant(UUID from, UUID to, LocalDate startsOn, LocalDate endsOn, String reason) {
        StoredAccount leader = activeOfficer(from, "from");
        StoredAccount deputy = activeOfficer(to, "to");
        if (from.equals(to)) {
            throw RefusedInput.of("to", "identity.error.to.self");
        }
        if (!Objects.equals(leader.agencyCode(), deputy.agencyCode())) {
            throw RefusedInput.of("to", "identity.error.to.otherAgency");
        }
        if (endsOn.isBefore(startsOn)) {
            throw RefusedInput.of("endsOn", "identity.error.endsOn.beforeStart");
        }
        if (endsOn.isBefore(LocalDate.now(clock))) {
            throw RefusedInput.of("endsOn", "identity.error.endsOn.past");
        }
        if (startsOn.plusDays(MAX_DAYS).isBefore(endsOn)) {
            throw RefusedInput.of("endsOn", "identity.error.endsOn.tooLong");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw RefusedInput.of("reason", "identity.error.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw RefusedInput.of("reason", "identity.error.reason.tooLong");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO identity_delegation (id, from_account, to_account, starts_on, ends_on, reason,
                            granted_at, granted_by)
                        VALUES (:id, :from, :to, :starts, :ends, :reason, :at, :by)""")
                .param("id", id).param("from", from).param("to", to).param("starts", startsOn).param("ends", endsOn)
                .param("reason", why).param("at", Timestamp.from(now)).param("by", CurrentActor.name()).update();
        audit.record("identity.delegation.granted", "delegation", id.toString(), Map.of(
                "from", from.toString(), "to", to.toString(), "startsOn", startsOn.toString(),
                "endsOn", endsOn.toString()));
        return id;
    }

    @Override
    @Transactional
    public void revoke(UUID delegationId) {
        int updated = jdbc.sql("""
                        UPDATE identity_delegation SET revoked_at = :at, revoked_by = :by
                        WHERE id = :id AND revoked_at IS NULL""")
                .param("id", delegationId).param("at", Timestamp.from(clock.instant()))
                .param("by", CurrentActor.name()).update();
        if (updated == 0) {
            throw RefusedInput.of("delegation", "identity.error.delegation.notFound");
        }
        audit.record("identity.delegation.revoked", "delegation", delegationId.toString(), Map.of());
    }

    @Override
    public List<Delegation> actingFor(UUID deputy, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        return jdbc.sql("""
                        SELECT * FROM identity_delegation
                        WHERE to_account = :to AND starts_on <= :day AND ends_on >= :day
                          AND (revoked_at IS NULL OR revoked_at > :at)
                        ORDER BY starts_on, id""")
                .param("to", deputy).param("day", day).param("at", Timestamp.from(at))
                .query(JdbcDelegations::delegation).list();
    }

    @Override
    public List<Delegation> of(UUID account) {
        return jdbc.sql("""
                        SELECT * FROM identity_delegation WHERE from_account = :id OR to_account = :id
                        ORDER BY granted_at DESC, id""")
                .param("id", account).query(JdbcDelegations::delegation).list();
    }

    private StoredAccount activeOfficer(UUID id, String field) {
        return accounts.findById(id)
                .filter(a -> a.kind() == AccountKind.OFFICER && a.status() == StoredAccount.Status.ACTIVE)
                .orElseThrow(() -> RefusedInput.of(field, "identity.error." + field + ".notOfficer"));
    }

    private static Delegation delegation(ResultSet rs, int row) throws SQLException {
        return new Delegation((UUID) rs.getObject("id"), (UUID) rs.getObject("from_account"),
                (UUID) rs.getObject("to_account"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("reason"),
                rs.getTimestamp("granted_at").toInstant(), rs.getString("granted_by"), instant(rs.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
