package vn.dvc.portal.dossier.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.identity.CitizenIdNumber;
import vn.dvc.portal.identity.TaxCode;
import vn.dvc.portal.platform.RefusedInput;

/** Checks and normalises what is typed about an applicant (NFC text; ID numbers without spaces or dots). */
final class ApplicantRules {

    private ApplicantRules() {
    }

    static Applicant check(Applicant.Kind kind, @Nullable String name, @Nullable String idNumber,
            @Nullable String address, @Nullable String phone, @Nullable String email,
            @Nullable String submitterName, @Nullable String submitterPhone) {
        String cleanName = text(name);
        if (cleanName.isEmpty() || cleanName.length() > 300) {
            throw IntakeRefusals.of("applicantName", "applicantName", "the applicant's name is required (at most 300 characters)");
        }
        String cleanAddress = text(address);
        if (cleanAddress.isEmpty() || cleanAddress.length() > 500) {
            throw IntakeRefusals.of("applicantAddress", "applicantAddress", "the applicant's address is required (at most 500 characters)");
        }
        return new Applicant(kind, cleanName, idNumber(kind, idNumber), cleanAddress, phone(phone, "applicantPhone"),
                email(email), blankToNull(text(submitterName)), blankToNull(phone(submitterPhone, "submitterPhone")));
    }

    static String idNumber(Applicant.Kind kind, @Nullable String text) {
        String value = text(text).replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw IntakeRefusals.of("applicantIdNumber", "applicantIdNumber.required", "the ID number is required");
        }
        try {
            if (kind == Applicant.Kind.ORGANISATION) {
                return TaxCode.parse(value).value();
            }
            if (value.matches("[A-Z][0-9]{7,8}")) {
                return value; // passport
            }
            return CitizenIdNumber.parse(value, null).digits();
        } catch (RefusedInput e) {
            throw IntakeRefusals.of("applicantIdNumber", "applicantIdNumber.format",
                    "the ID number is not a valid citizen ID, passport or tax code");
        }
    }

    private static String phone(@Nullable String text, String field) {
        String value = text(text).replaceAll("[\\s.-]", "");
        if (value.startsWith("+84")) {
            value = "0" + value.substring(3);
        }
        if (!value.isEmpty() && !value.matches("0[0-9]{9,10}")) {
            throw IntakeRefusals.of(field, "phone", "'" + field + "' must be a phone number like 0987654321");
        }
        return value;
    }

    private static String email(@Nullable String text) {
        String value = text(text).toLowerCase(Locale.ROOT);
        if (!value.isEmpty() && (value.length() > 254 || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw IntakeRefusals.of("applicantEmail", "email", "'applicantEmail' must be an e-mail address");
        }
        return value;
    }

    static String text(@Nullable String text) {
        return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
