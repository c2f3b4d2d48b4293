package vn.dvc.portal.feedback.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.identity.CitizenIdNumber;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The asker's data required by Art. 17 (QA-1), as checked: an organisation gives its name, the name and
 * position of its legal representative or authorised person, phone and address; an individual gives full
 * name, the number of a citizen ID, ID card or passport, address and phone. E-mail is optional.
 *
 * @param fullName         the individual's name, or the representative's for an organisation
 * @param organisationName the organisation's name (organisations only)
 * @param position         the representative's position (organisations only)
 * @param idKind           the identity document (individuals only)
 * @param idNumber         its number, normalised (digits; passports upper case)
 * @param phone            normalised: digits, starting with 0
 */
record Asker(Kind kind, String fullName, @Nullable String organisationName, @Nullable String position,
             @Nullable IdKind idKind, @Nullable String idNumber, String address, String phone,
             @Nullable String email) {

    enum Kind {
        INDIVIDUAL, ORGANISATION
    }

    /** Căn cước công dân (12 digits), chứng minh nhân dân (9 or 12 digits), hộ chiếu. */
    enum IdKind {
        CITIZEN_ID, ID_CARD, PASSPORT
    }

    private static final Pattern MOBILE_OR_LANDLINE = Pattern.compile("0(?:[35789][0-9]{8}|2[0-9]{9})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ID_CARD = Pattern.compile("[0-9]{9}|[0-9]{12}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z][0-9]{7}");

    /** What the form sent, unchecked. */
    record Form(@Nullable String kind, @Nullable String fullName, @Nullable String organisationName,
                @Nullable String position, @Nullable String idKind, @Nullable String idNumber,
                @Nullable String address, @Nullable String phone, @Nullable String email) {
    }

    /**
     * Checks every field and adds one refusal per wrong field to {@code errors}; returns the asker when all
     * are right, else null.
     */
    static @Nullable Asker check(Form form, List<FormError> errors) {
        int before = errors.size();
        Kind kind = "ORGANISATION".equals(form.kind()) ? Kind.ORGANISATION
                : "INDIVIDUAL".equals(form.kind()) ? Kind.INDIVIDUAL : null;
        if (kind == null) {
            errors.add(FormError.of("askerKind", "feedback.error.askerKind.required"));
            return null;
        }
        String fullName = required(form.fullName(), "fullName", errors);
        String organisation = null;
        String position = null;
        IdKind idKind = null;
        String idNumber = null;
        if (kind == Kind.ORGANISATION) {
            organisation = required(form.organisationName(), "organisationName", errors);
            position = required(form.position(), "position", errors);
        } else {
            idKind = parseIdKind(form.idKind(), errors);
            idNumber = idKind == null ? null : idNumber(idKind, form.idNumber(), errors);
        }
        String address = required(form.address(), "address", errors);
        String phone = phone(form.phone(), errors);
        String email = email(form.email(), errors);
        if (errors.size() > before) {
            return null;
        }
        return new Asker(kind, fullName, organisation, position, idKind, idNumber, address, phone, email);
    }

    /** A phone as typed, normalised to 0xxxxxxxxx, or null with an error added. */
    static @Nullable String phone(@Nullable String text, List<FormError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FormError.of("phone", "feedback.error.phone.required"));
            return null;
        }
        String digits = text.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0084")) {
            digits = "0" + digits.substring(4);
        }
        if (!MOBILE_OR_LANDLINE.matcher(digits).matches()) {
            errors.add(FormError.of("phone", "feedback.error.phone.format"));
            return null;
        }
        return digits;
    }

    private static @Nullable String email(@Nullable String text, List<FormError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String email = text.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(FormError.of("email", "feedback.error.email.format"));
            return null;
        }
        return email.toLowerCase(Locale.ROOT);
    }

    private static @Nullable IdKind parseIdKind(@Nullable String text, List<FormError> errors) {
        try {
            return IdKind.valueOf(text == null || text.isBlank() ? "CITIZEN_ID" : text);
        } catch (IllegalArgumentException e) {
            errors.add(FormError.of("idKind", "feedback.error.idKind.required"));
            return null;
        }
    }

    private static @Nullable String idNumber(IdKind kind, @Nullable String text, List<FormError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FormError.of("idNumber", "feedback.error.idNumber.required"));
            return null;
        }
        String compact = text.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
        switch (kind) {
            case CITIZEN_ID -> {
                try {
                    return CitizenIdNumber.parse(compact, null).digits();
                } catch (RefusedInput e) {
                    errors.add(FormError.of("idNumber", e.messageKey().endsWith(".province")
                            ? "feedback.error.idNumber.province" : "feedback.error.idNumber.format"));
                    return null;
                }
            }
            case ID_CARD -> {
                if (ID_CARD.matcher(compact).matches()) {
                    return compact;
                }
            }
            case PASSPORT -> {
                if (PASSPORT.matcher(compact).matches()) {
                    return compact;
                }
            }
        }
        errors.add(FormError.of("idNumber", "feedback.error.idNumber.format." + kind.name()));
        return null;
    }

    private static String required(@Nullable String text, String field, List<FormError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FormError.of(field, "feedback.error." + field + ".required"));
            return "";
        }
        if (text.length() > 300) {
            errors.add(FormError.of(field, "feedback.error." + field + ".tooLong"));
        }
        return text.strip();
    }

    /** The destination of messages to the asker: e-mail when given, else SMS to the phone. */
    boolean prefersEmail() {
        return email != null;
    }

    /** Names that must not appear in a published text. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(fullName);
        if (organisationName != null) {
            names.add(organisationName);
        }
        return names;
    }
}
