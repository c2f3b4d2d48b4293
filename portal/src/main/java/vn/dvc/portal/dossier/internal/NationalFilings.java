package vn.dvc.portal.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.identity.NationalIdentityLinked;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * What the National Portal sent with a dossier filed there ({@code dossier_national_filing}), and the owner of such
 * dossiers: the VNeID identity is kept as the keyed hash of purpose {@link NationalIdentityLinked#MATCHING_PURPOSE}
 * (the one the accounts module announces when an account is linked to a national identity), the last 4 digits and
 * a ciphertext bound to the dossier. A transaction-scoped advisory lock per identity orders a dossier's arrival and
 * the account's link, so that one of the two always sees the other.
 */
@Repository
class NationalFilings {

    /** The national details of a filing. */
    record Filing(UUID dossierId, @Nullable Instant filedAt, @Nullable String fieldCode, @Nullable String formCode,
                  @Nullable String routedTo, @Nullable String subjectCode, String feesJson,
                  @Nullable String identityLastFour, @Nullable Integer identityLevel, Instant receivedAt) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    NationalFilings(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    /** The hash under which the identity is matched (hex, as {@link NationalIdentityLinked#citizenIdMatch()}). */
    String match(String digits) {
        return HexFormat.of().formatHex(protection.matchingHash(NationalIdentityLinked.MATCHING_PURPOSE, digits));
    }

    /** Holds the identity's lock until the transaction ends (the intake and the link listener both take it). */
    void lockIdentity(String match) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('dossier-national-identity'), hashtext(:match))")
                .param("match", match).query((rs, n) -> 1).list();
    }

    void insert(Filing filing, @Nullable String identityDigits) {
        jdbc.sql("""
                        INSERT INTO dossier_national_filing (dossier_id, filed_at, field_code, form_code, routed_to,
                            subject_code, fees, identity_match, identity_last4, identity_sealed, identity_level,
                            received_at)
                        VALUES (:id, :filedAt, :field, :form, :routed, :subject, :fees::jsonb, :match, :last4, :sealed,
                            :level, :receivedAt)""")
                .param("id", filing.dossierId()).param("filedAt", ts(filing.filedAt()))
                .param("field", filing.fieldCode()).param("form", filing.formCode()).param("routed", filing.routedTo())
                .param("subject", filing.subjectCode()).param("fees", filing.feesJson())
                .param("match", identityDigits == null ? null : HexFormat.of().parseHex(match(identityDigits)))
                .param("last4", identityDigits == null ? null : identityDigits.substring(identityDigits.length() - 4))
                .param("sealed", identityDigits == null ? null
                        : protection.encrypt(sealContext(filing.dossierId()), identityDigits))
                .param("level", filing.identityLevel()).param("receivedAt", Timestamp.from(filing.receivedAt()))
                .update();
    }

    Optional<Filing> find(UUID dossierId) {
        return jdbc.sql("SELECT * FROM dossier_national_filing WHERE dossier_id = :id").param("id", dossierId)
                .query((rs, n) -> new Filing(dossierId, instant(rs.getTimestamp("filed_at")), rs.getString("field_code"),
                        rs.getString("form_code"), rs.getString("routed_to"), rs.getString("subject_code"),
                        rs.getString("fees"), rs.getString("identity_last4"),
                        (Integer) rs.getObject("identity_level", Integer.class),
                        rs.getTimestamp("received_at").toInstant()))
                .optional();
    }

    /** The VNeID number of a filing, for those who may read it (the caller audits). */
    Optional<String> identity(UUID dossierId) {
        return jdbc.sql("SELECT identity_sealed FROM dossier_national_filing WHERE dossier_id = :id")
                .param("id", dossierId).query((rs, n) -> rs.getBytes(1)).optional()
                .filter(java.util.Objects::nonNull)
                .map(sealed -> protection.decrypt(sealContext(dossierId), sealed));
    }

    /**
     * Gives the dossiers filed by this person (an individual applicant, not an organisation its representative
     * filed for) that have no owner yet to the account; returns their ids. A dossier that has an owner keeps it.
     */
    List<UUID> claim(String match, UUID accountId) {
        return jdbc.sql("""
                        UPDATE dossier d SET owner_account = :account
                        FROM dossier_national_filing f
                        WHERE f.dossier_id = d.id AND f.identity_match = :match AND d.owner_account IS NULL
                          AND d.applicant_kind = 'PERSON'
                        RETURNING d.id""")
                .param("account", accountId).param("match", HexFormat.of().parseHex(match))
                .query(UUID.class).list();
    }

    private static String sealContext(UUID dossierId) {
        return "dossier-national-identity:" + dossierId;
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
