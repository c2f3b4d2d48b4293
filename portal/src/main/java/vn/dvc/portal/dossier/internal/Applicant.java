package vn.dvc.portal.dossier.internal;

import org.jspecify.annotations.Nullable;

/**
 * The applicant (chủ hồ sơ) and, if someone else hands it in, the submitter (người nộp).
 *
 * @param kind           person or organisation
 * @param name           full name or the organisation's name
 * @param idNumber       CCCD/passport number, or the organisation's tax code; in memory only (stored as a
 *                       keyed hash, the last 4 digits and a ciphertext)
 * @param address        address
 * @param phone          phone, may be empty
 * @param email          e-mail, may be empty
 * @param submitterName  who handed it in, if not the applicant
 * @param submitterPhone the submitter's phone
 */
record Applicant(Kind kind, String name, @Nullable String idNumber, String address, String phone, String email,
                 @Nullable String submitterName, @Nullable String submitterPhone) {

    enum Kind { PERSON, ORGANISATION }

    /** The name on the slips' "received from" line: the submitter if there is one. */
    String handedInBy() {
        return submitterName == null || submitterName.isBlank() ? name : submitterName;
    }

    String maskedId() {
        return idNumber == null || idNumber.length() < 4 ? "" : "*".repeat(idNumber.length() - 4)
                + idNumber.substring(idNumber.length() - 4);
    }
}
