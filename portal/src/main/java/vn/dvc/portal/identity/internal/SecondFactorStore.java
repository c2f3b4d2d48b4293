package vn.dvc.portal.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the second factor ({@code identity_totp}, {@code identity_recovery_code}). */
@Repository
class SecondFactorStore {

    /** One account's TOTP row; secrets are the encrypted bytes as stored. */
    record StoredTotp(UUID accountId, byte @Nullable [] secret, byte @Nullable [] pendingSecret,
                      @Nullable Instant enabledAt, @Nullable Long lastUsedStep, int failedCodes,
                      @Nullable Instant lockedUntil) {

        boolean enabled() {
            return secret != null;
        }

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        @Override
        public String toString() {
            return "StoredTotp[" + accountId + "]";
        }
    }

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredTotp> find(UUID accountId) {
        return query("SELECT * FROM identity_totp WHERE account_id = :id", accountId);
    }

    Optional<StoredTotp> findForUpdate(UUID accountId) {
        return query("SELECT * FROM identity_totp WHERE account_id = :id FOR UPDATE", accountId);
    }

    boolean enabled(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM identity_totp WHERE account_id = :id AND secret IS NOT NULL")
                .param("id", accountId).query(Integer.class).single() > 0;
    }

    void savePending(UUID accountId, byte[] pendingSecret) {
        jdbc.sql("""
                        INSERT INTO identity_totp (account_id, pending_secret) VALUES (:id, :pending)
                        ON CONFLICT (account_id) DO UPDATE SET pending_secret = :pending""")
                .param("id", accountId).param("pending", pendingSecret).update();
    }

    void enable(UUID accountId, byte[] secret, Instant at, @Nullable Long usedStep) {
        jdbc.sql("""
                        INSERT INTO identity_totp (account_id, secret, enabled_at, last_used_step)
                        VALUES (:id, :secret, :at, :step)
                        ON CONFLICT (account_id) DO UPDATE SET secret = :secret, pending_secret = NULL,
                            enabled_at = :at, last_used_step = :step, failed_codes = 0, locked_until = NULL""")
                .param("id", accountId).param("secret", secret).param("at", Timestamp.from(at))
                .param("step", usedStep).update();
    }

    void disable(UUID accountId) {
        jdbc.sql("DELETE FROM identity_totp WHERE account_id = :id").param("id", accountId).update();
        jdbc.sql("DELETE FROM identity_recovery_code WHERE account_id = :id").param("id", accountId).update();
    }

    void accepted(UUID accountId, @Nullable Long usedStep) {
        jdbc.sql("""
                        UPDATE identity_totp SET failed_codes = 0, locked_until = NULL,
                            last_used_step = coalesce(:step, last_used_step) WHERE account_id = :id""")
                .param("id", accountId).param("step", usedStep).update();
    }

    /** Counts a wrong code; the {@code max}-th locks until {@code until}. @return whether it locked now */
    boolean wrongCode(UUID accountId, int max, Instant until) {
        return jdbc.sql("""
                        UPDATE identity_totp SET
                            locked_until = CASE WHEN failed_codes + 1 >= :max THEN :until ELSE locked_until END,
                            failed_codes = CASE WHEN failed_codes + 1 >= :max THEN 0 ELSE failed_codes + 1 END
                        WHERE account_id = :id
                        RETURNING failed_codes = 0 AND locked_until = :until""")
                .param("id", accountId).param("max", max).param("until", Timestamp.from(until))
                .query(Boolean.class).optional().orElse(false);
    }

    int failedCodes(UUID accountId) {
        return jdbc.sql("SELECT failed_codes FROM identity_totp WHERE account_id = :id").param("id", accountId)
                .query(Integer.class).optional().orElse(0);
    }

    void replaceRecoveryCodes(UUID accountId, java.util.List<byte[]> hmacs, Instant at) {
        jdbc.sql("DELETE FROM identity_recovery_code WHERE account_id = :id").param("id", accountId).update();
        for (byte[] hmac : hmacs) {
            jdbc.sql("INSERT INTO identity_recovery_code (account_id, code_hmac, created_at) VALUES (:id, :h, :at)")
                    .param("id", accountId).param("h", hmac).param("at", Timestamp.from(at)).update();
        }
    }

    /** Marks an unused recovery code used. @return whether there was one */
    boolean useRecoveryCode(UUID accountId, byte[] hmac, Instant at) {
        return jdbc.sql("""
                        UPDATE identity_recovery_code SET used_at = :at
                        WHERE account_id = :id AND code_hmac = :h AND used_at IS NULL""")
                .param("id", accountId).param("h", hmac).param("at", Timestamp.from(at)).update() == 1;
    }

    int recoveryCodesLeft(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM identity_recovery_code WHERE account_id = :id AND used_at IS NULL")
                .param("id", accountId).query(Integer.class).single();
    }

    private Optional<StoredTotp> query(String sql, UUID accountId) {
        return jdbc.sql(sql).param("id", accountId).query((rs, row) -> new StoredTotp(
                (UUID) rs.getObject("account_id"), rs.getBytes("secret"), rs.getBytes("pending_secret"),
                instant(rs.getTimestamp("enabled_at")),
                rs.getObject("last_used_step") == null ? null : rs.getLong("last_used_step"),
                rs.getInt("failed_codes"), instant(rs.getTimestamp("locked_until")))).optional();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
