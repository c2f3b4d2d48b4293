package vn.dvc.portal.catalog.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencyLevel;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * An agency as a form or a data file gives it: text, not yet checked. {@link #check} turns it into an
 * {@link Agency} or the list of what is wrong, field by field (message keys {@code catalog.agency.error.*}).
 */
record AgencyDraft(@Nullable String code, @Nullable String name, @Nullable String shortName,
                   @Nullable String level, @Nullable String parentCode, @Nullable String address,
                   @Nullable String phone, @Nullable String email, @Nullable String scheduleCode,
                   @Nullable Boolean receivingPoint, @Nullable String qaName, @Nullable String qaTitle,
                   @Nullable String qaPhone, @Nullable String qaEmail, @Nullable String validFrom,
                   @Nullable String validTo, @Nullable String successorCode) {

    static final Pattern CODE = Pattern.compile("^[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .-]{6,20}$");
    private static final int MAX_TEXT = 300;

    /** What the checks need to know about the rest of the catalogue. */
    interface Context {
        @Nullable AgencyLevel level(String code);

        boolean exists(String agencyCode);

        /** Whether {@code candidate} is {@code code} or lies below it (a parent there would make a cycle). */
        boolean isWithin(String candidate, String code);
    }

    static AgencyDraft of(Agency agency) {
        Agency.QaContact qa = agency.qaContact();
        return new AgencyDraft(agency.code(), agency.name(), agency.shortName(), agency.level().code(),
                agency.parentCode(), agency.address(), agency.phone(), agency.email(), agency.scheduleCode(),
                agency.receivingPoint(), qa == null ? null : qa.name(), qa == null ? null : qa.title(),
                qa == null ? null : qa.phone(), qa == null ? null : qa.email(), agency.validFrom().toString(),
                agency.validTo() == null ? null : agency.validTo().toString(), agency.successorCode());
    }

    AgencyDraft withoutSuccessor() {
        return new AgencyDraft(code, name, shortName, level, parentCode, address, phone, email, scheduleCode,
                receivingPoint, qaName, qaTitle, qaPhone, qaEmail, validFrom, validTo, null);
    }

    /** The checked agency; throws {@link RefusedInput} with every error found. */
    Agency check(Context context) {
        List<FormError> errors = new ArrayList<>();
        String code = trim(this.code).toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            errors.add(FormError.of("code", "catalog.agency.error.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(FormError.of("code", "catalog.agency.error.code.format"));
        }
        String name = text("name", this.name, errors);
        String shortName = text("shortName", this.shortName, errors);
        AgencyLevel level = trim(this.level).isEmpty() ? null : context.level(trim(this.level));
        if (level == null) {
            errors.add(FormError.of("level", "catalog.agency.error.level"));
        }
        String parent = blankToNull(parentCode);
        if (parent != null) {
            parent = parent.toUpperCase(java.util.Locale.ROOT);
            if (!context.exists(parent)) {
                errors.add(FormError.of("parentCode", "catalog.agency.error.parent.unknown"));
            } else if (!code.isEmpty() && context.isWithin(parent, code)) {
                errors.add(FormError.of("parentCode", "catalog.agency.error.parent.cycle"));
            }
        } else if (level != null && level.rank() > 1) {
            errors.add(FormError.of("parentCode", "catalog.agency.error.parent.required"));
        }
        String phone = trim(this.phone);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add(FormError.of("phone", "catalog.agency.error.phone"));
        }
        String email = trim(this.email);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.add(FormError.of("email", "catalog.agency.error.email"));
        }
        String schedule = trim(scheduleCode);
        if (schedule.isEmpty()) {
            errors.add(FormError.of("scheduleCode", "catalog.agency.error.schedule"));
        }
        Agency.QaContact qa = qaContact(errors);
        LocalDate from = date("validFrom", validFrom, errors);
        if (from == null && trim(validFrom).isEmpty()) {
            errors.add(FormError.of("validFrom", "catalog.agency.error.validFrom.required"));
        }
        LocalDate to = date("validTo", validTo, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FormError.of("validTo", "catalog.agency.error.validTo.beforeFrom"));
        }
        String successor = blankToNull(successorCode);
        if (successor != null) {
            successor = successor.toUpperCase(java.util.Locale.ROOT);
            if (successor.equals(code)) {
                errors.add(FormError.of("successorCode", "catalog.agency.error.successor.self"));
            } else if (!context.exists(successor)) {
                errors.add(FormError.of("successorCode", "catalog.agency.error.successor.unknown"));
            } else if (to == null) {
                errors.add(FormError.of("validTo", "catalog.agency.error.validTo.requiredWithSuccessor"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
        return new Agency(code, name, shortName, level, parent, trim(address), phone, email, schedule,
                Boolean.TRUE.equals(receivingPoint), qa, from, to, successor);
    }

    private Agency.@Nullable QaContact qaContact(List<FormError> errors) {
        boolean any = !trim(qaName).isEmpty() || !trim(qaTitle).isEmpty() || !trim(qaPhone).isEmpty()
                || !trim(qaEmail).isEmpty();
        if (!any) {
            return null;
        }
        if (trim(qaName).isEmpty()) {
            errors.add(FormError.of("qaName", "catalog.agency.error.qaName"));
        }
        String mail = trim(qaEmail);
        if (!EMAIL.matcher(mail).matches()) {
            errors.add(FormError.of("qaEmail", "catalog.agency.error.qaEmail"));
        }
        String phone = trim(qaPhone);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add(FormError.of("qaPhone", "catalog.agency.error.phone"));
        }
        return new Agency.QaContact(trim(qaName), trim(qaTitle), phone, mail);
    }

    private static String text(String field, @Nullable String value, List<FormError> errors) {
        String text = trim(value);
        if (text.isEmpty()) {
            errors.add(FormError.of(field, "catalog.agency.error." + field + ".required"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(FormError.of(field, "catalog.agency.error.tooLong", MAX_TEXT));
        }
        return text;
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<FormError> errors) {
        String text = trim(value);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(FormError.of(field, "catalog.agency.error.date"));
            return null;
        }
    }

    static String trim(@Nullable String value) {
        return value == null ? "" : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        String text = trim(value);
        return text.isEmpty() ? null : text;
    }
}
