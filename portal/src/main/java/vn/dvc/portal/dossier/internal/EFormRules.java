package vn.dvc.portal.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.identity.ApplicantProfile;
import vn.dvc.portal.identity.CitizenIdNumber;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The procedure's e-form, checked on the server: the fields are data on the procedure
 * ({@link Procedure.FormField}); values are NFC-normalised; unknown keys are dropped.
 */
final class EFormRules {

    /** One refused value: the field's name and the reason ({@code dossier.error.form.<reason>}). */
    record Problem(String field, String reason, List<Object> arguments) {
    }

    private EFormRules() {
    }

    /** The values of the procedure's fields only, normalised. */
    static Map<String, String> clean(List<Procedure.FormField> fields, Map<String, String> values) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (Procedure.FormField field : fields) {
            clean.put(field.name(), ApplicantRules.text(values.get(field.name())));
        }
        return clean;
    }

    static List<Problem> check(List<Procedure.FormField> fields, Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        for (Procedure.FormField field : fields) {
            String value = values.getOrDefault(field.name(), "");
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.add(new Problem(field.name(), "required", List.of(field.label())));
                }
                continue;
            }
            int max = field.maxLength() != null ? field.maxLength() : field.type() == Procedure.FieldType.TEXTAREA ? 2000 : 300;
            if (value.length() > max) {
                problems.add(new Problem(field.name(), "tooLong", List.of(field.label(), max)));
                continue;
            }
            String reason = switch (field.type()) {
                case NUMBER -> value.matches("-?[0-9]{1,15}([.,][0-9]{1,6})?") ? null : "number";
                case DATE -> date(value) ? null : "date";
                case SELECT -> field.options().contains(value) ? null : "option";
                case CITIZEN_ID -> citizenId(value) ? null : "citizenId";
                case PHONE -> value.replaceAll("[\\s.]", "").matches("0[0-9]{9,10}") ? null : "phone";
                case EMAIL -> value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? null : "email";
                case TEXT, TEXTAREA -> null;
            };
            if (reason != null) {
                problems.add(new Problem(field.name(), reason, List.of(field.label())));
            }
        }
        return problems;
    }

    /** The pre-filled value of a field from the applicant's profile (the CCCD is never pre-filled). */
    static String prefill(Procedure.FormField field, @Nullable ApplicantProfile profile) {
        if (profile == null || field.prefill() == null) {
            return "";
        }
        @Nullable Object value = switch (field.prefill()) {
            case FULL_NAME -> profile.fullName();
            case CITIZEN_ID -> null;
            case BIRTH_DATE -> profile.dateOfBirth();
            case PHONE -> profile.phone();
            case EMAIL -> profile.email();
            case ADDRESS -> profile.address();
            case ORGANISATION_NAME -> profile.organisationName();
            case TAX_CODE -> profile.taxCode();
        };
        return value == null ? "" : value.toString();
    }

    private static boolean date(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean citizenId(String value) {
        try {
            CitizenIdNumber.parse(value, null);
            return true;
        } catch (RefusedInput e) {
            return false;
        }
    }
}
