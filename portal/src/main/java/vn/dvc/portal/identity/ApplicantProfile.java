package vn.dvc.portal.identity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The personal data of an applicant's account, for pre-filling forms (e.g. a dossier's e-form). The citizen ID
 * number is not stored by the accounts module (only a keyed hash), so only its last 4 digits are given: the
 * applicant types the number again.
 *
 * @param accountId        the account
 * @param kind             individual or organisation
 * @param fullName         the person's full name, or the organisation's legal representative
 * @param citizenIdLastFour last 4 digits of the citizen ID number (individuals), else null
 * @param dateOfBirth      date of birth (individuals), else null
 * @param address          address (the person's, or the organisation's head office)
 * @param phone            phone, may be null
 * @param email            e-mail, may be null
 * @param organisationName the organisation's name (organisations), else null
 * @param taxCode          the organisation's tax code (organisations), else null
 */
public record ApplicantProfile(java.util.UUID accountId, AccountKind kind, String fullName,
                               @Nullable String citizenIdLastFour, @Nullable LocalDate dateOfBirth, String address,
                               @Nullable String phone, @Nullable String email, @Nullable String organisationName,
                               @Nullable String taxCode) {
}
