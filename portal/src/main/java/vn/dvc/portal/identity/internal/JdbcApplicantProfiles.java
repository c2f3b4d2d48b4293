package vn.dvc.portal.identity.internal;

import java.sql.Date;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.ApplicantProfile;
import vn.dvc.portal.identity.ApplicantProfiles;

/** {@link ApplicantProfiles} on the module's own tables (individuals, organisations and their members). */
@Service
class JdbcApplicantProfiles implements ApplicantProfiles {

    private final JdbcClient jdbc;

    JdbcApplicantProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ApplicantProfile> find(UUID accountId) {
        Optional<ApplicantProfile> individual = jdbc.sql("""
                        SELECT a.email, a.phone, i.full_name, i.citizen_id_last4, i.date_of_birth, i.address
                        FROM identity_account a JOIN identity_individual i ON i.account_id = a.id WHERE a.id = :id""")
                .param("id", accountId)
                .query((rs, n) -> {
                    Date born = rs.getDate("date_of_birth");
                    return new ApplicantProfile(accountId, AccountKind.INDIVIDUAL, rs.getString("full_name"),
                            rs.getString("citizen_id_last4"), born == null ? null : born.toLocalDate(),
                            rs.getString("address"), rs.getString("phone"), rs.getString("email"), null, null);
                })
                .optional();
        if (individual.isPresent()) {
            return individual;
        }
        return jdbc.sql("""
                        SELECT a.email AS account_email, a.phone AS account_phone, o.name, o.tax_code,
                               o.representative_name, o.address, o.phone, o.email
                        FROM identity_account a
                        JOIN identity_organisation_member m ON m.account_id = a.id
                        JOIN identity_organisation o ON o.id = m.organisation_id
                        WHERE a.id = :id ORDER BY m.since LIMIT 1""")
                .param("id", accountId)
                .query((rs, n) -> new ApplicantProfile(accountId, AccountKind.ORGANISATION,
                        rs.getString("representative_name"), null, null, rs.getString("address"),
                        rs.getString("phone") != null ? rs.getString("phone") : rs.getString("account_phone"),
                        rs.getString("email") != null ? rs.getString("email") : rs.getString("account_email"),
                        rs.getString("name"), rs.getString("tax_code")))
                .optional();
    }
}
