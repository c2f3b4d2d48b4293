package vn.dvc.portal.processing.internal.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.identity.ApplicantProfile;

/**
 * The e-form of a demo online submission, filled the way an applicant would: the profile's own details where a
 * field is pre-filled from it, believable Vietnamese values for the rest, each valid for its field type.
 */
final class DemoForms {

    private static final List<String> ETHNICITIES = List.of("Kinh", "Tày", "Dao", "Mông", "Thái", "Nùng", "Mường");

    private DemoForms() {
    }

    static Map<String, String> fill(Procedure procedure, ApplicantProfile profile, String ownIdNumber,
            @Nullable LocalDate ownBirthDate, LocalDate today, Random random) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("applicant.name", profile.organisationName() != null ? profile.organisationName() : profile.fullName());
        form.put("applicant.address", profile.address());
        form.put("applicant.phone", profile.phone() == null ? "" : profile.phone());
        form.put("applicant.email", profile.email() == null ? "" : profile.email());
        for (Procedure.FormField field : procedure.formFields()) {
            String value = own(field, profile, ownIdNumber, ownBirthDate);
            if (value == null) {
                value = value(field, today, random);
            }
            int max = field.maxLength() != null ? field.maxLength() : 300;
            form.put(field.name(), value.length() > max ? value.substring(0, max) : value);
        }
        return form;
    }

    private static @Nullable String own(Procedure.FormField field, ApplicantProfile profile, String idNumber,
            @Nullable LocalDate birthDate) {
        if (field.prefill() == null) {
            return null;
        }
        @Nullable Object value = switch (field.prefill()) {
            case FULL_NAME -> profile.fullName();
            case CITIZEN_ID -> profile.taxCode() == null ? idNumber : null;
            case BIRTH_DATE -> birthDate;
            case PHONE -> profile.phone();
            case EMAIL -> profile.email();
            case ADDRESS -> profile.address();
            case ORGANISATION_NAME -> profile.organisationName();
            case TAX_CODE -> profile.taxCode();
        };
        return value == null ? null : value.toString();
    }

    private static String value(Procedure.FormField field, LocalDate today, Random random) {
        String name = field.name().toLowerCase(Locale.ROOT);
        return switch (field.type()) {
            case DATE -> (name.contains("child") || name.contains("death") || name.contains("event")
                    ? today.minusDays(3 + random.nextInt(40)) : DemoPeople.birthDate(random)).toString();
            case SELECT -> field.options().isEmpty() ? "" : DemoPeople.pick(random, field.options());
            case CITIZEN_ID -> DemoPeople.citizenId(random, DemoPeople.birthDate(random));
            case PHONE -> DemoPeople.phone(random);
            case EMAIL -> "lienhe" + (100 + random.nextInt(900)) + "@example.com";
            case NUMBER -> String.valueOf(1 + random.nextInt(name.contains("capital") || name.contains("von")
                    ? 900 : 5) * (name.contains("capital") || name.contains("von") ? 10_000_000 : 1));
            case TEXTAREA -> "Kính đề nghị cơ quan có thẩm quyền xem xét, giải quyết theo quy định.";
            case TEXT -> text(name, random);
        };
    }

    private static String text(String name, Random random) {
        if (name.contains("ethnic")) {
            return DemoPeople.pick(random, ETHNICITIES);
        }
        if (name.contains("national")) {
            return "Việt Nam";
        }
        if (name.contains("business") || name.contains("company") || name.contains("enterprise")) {
            return "Hộ kinh doanh " + DemoPeople.person(random);
        }
        if (name.contains("name")) {
            return DemoPeople.person(random);
        }
        if (name.contains("address") || name.contains("place") || name.contains("hometown") || name.contains("residence")) {
            return DemoPeople.address(random);
        }
        if (name.contains("relation")) {
            return "Con";
        }
        return "Theo giấy tờ kèm theo hồ sơ";
    }
}
