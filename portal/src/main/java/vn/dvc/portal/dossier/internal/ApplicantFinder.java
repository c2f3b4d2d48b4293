package vn.dvc.portal.dossier.internal;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * "Find the applicant" at the desk: a walk-in needs no account; their details are taken from their latest
 * dossier, found by the keyed hash of the ID number typed (never by the number itself). Every look-up is
 * audited, found or not.
 */
@Component
class ApplicantFinder {

    /** What the desk form is pre-filled with. */
    record Found(String name, String address, String phone, String email) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataProtection protection;
    private final AuditLog audit;

    ApplicantFinder(JdbcClient jdbc, PersonalDataProtection protection, AuditLog audit) {
        this.jdbc = jdbc;
        this.protection = protection;
        this.audit = audit;
    }

    @PreAuthorize(Reception.DESK)
    @Transactional
    public Optional<Found> find(Applicant.Kind kind, String idNumber) {
        String normalised = ApplicantRules.idNumber(kind, idNumber);
        Optional<Found> found = jdbc.sql("""
                        SELECT applicant_name, applicant_address, applicant_phone, applicant_email FROM dossier
                        WHERE applicant_id_hash = :hash AND applicant_kind = :kind ORDER BY created_at DESC LIMIT 1""")
                .param("hash", protection.matchingHash(DossierStore.ID_PURPOSE, normalised)).param("kind", kind.name())
                .query((rs, n) -> new Found(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
        audit.record("dossier.applicant.looked-up", "applicant", "id-last4:" + normalised.substring(normalised.length() - 4),
                Map.of("found", found.isPresent()));
        return found;
    }
}
