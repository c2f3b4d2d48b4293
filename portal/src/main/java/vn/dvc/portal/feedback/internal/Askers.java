package vn.dvc.portal.feedback.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * The askers' personal data (Art. 17), apart from the questions' text: the identity document number is
 * sealed (AES-GCM bound to the asker's id) beside its keyed hash for matching; nothing else leaves here
 * except through {@link #find}, whose callers audit the read.
 */
@Repository
class Askers {

    static final String ID_HASH_PURPOSE = "feedback-asker-id";

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;

    Askers(JdbcClient jdbc, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    UUID add(Asker asker, @Nullable UUID accountId, String consentVersion, Instant consentAt) {
        UUID id = UUID.randomUUID();
        String idNumber = asker.idNumber();
        jdbc.sql("""
                        INSERT INTO feedback_asker (id, kind, full_name, organisation_name, position, id_document_kind,
                            id_number_sealed, id_number_hash, address, phone, email, account_id, consent_version,
                            consent_at)
                        VALUES (:id, :kind, :name, :organisation, :position, :idKind, :sealed, :hash, :address,
                            :phone, :email, :account, :consent, :consentAt)""")
                .param("id", id).param("kind", asker.kind().name()).param("name", asker.fullName())
                .param("organisation", asker.organisationName()).param("position", asker.position())
                .param("idKind", asker.idKind() == null ? null : asker.idKind().name())
                .param("sealed", idNumber == null ? null : protection.encrypt(context(id), idNumber))
                .param("hash", idNumber == null ? null
                        : protection.matchingHash(ID_HASH_PURPOSE, asker.idKind().name() + ":" + idNumber))
                .param("address", asker.address()).param("phone", asker.phone()).param("email", asker.email())
                .param("account", accountId).param("consent", consentVersion)
                .param("consentAt", Timestamp.from(consentAt))
                .update();
        return id;
    }

    Optional<Asker> find(@Nullable UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM feedback_asker WHERE id = :id").param("id", id)
                .query((rs, n) -> {
                    byte[] sealed = rs.getBytes("id_number_sealed");
                    String idKind = rs.getString("id_document_kind");
                    return new Asker(Asker.Kind.valueOf(rs.getString("kind")), rs.getString("full_name"),
                            rs.getString("organisation_name"), rs.getString("position"),
                            idKind == null ? null : Asker.IdKind.valueOf(idKind),
                            sealed == null ? null : protection.decrypt(context(id), sealed), rs.getString("address"),
                            rs.getString("phone"), rs.getString("email"));
                })
                .optional();
    }

    /** How many items the same person (by document number) has sent: for the Centre, without showing it. */
    int countWithSameDocument(UUID askerId) {
        return jdbc.sql("""
                        SELECT count(*) FROM feedback_asker a JOIN feedback_asker b ON a.id_number_hash = b.id_number_hash
                        WHERE a.id = :id""")
                .param("id", askerId).query(Integer.class).single();
    }

    private static String context(UUID id) {
        return "feedback-asker:" + id;
    }
}
