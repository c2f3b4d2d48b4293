package vn.dvc.portal.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.PortalTime;

/**
 * An agency's answer (Art. 18.3, QA-3): the answering agency, the person who answers for it with position
 * and phone, the text, and the legal documents it relies on, each with number and symbol, date of issue,
 * issuer and title. It is sent once a leader of the agency or the Centre approved it.
 */
record Answer(String agencyCode, String agencyName, String responderName, String responderPosition,
              String responderPhone, String body, List<Citation> citations, String draftedBy, Instant draftedAt,
              @Nullable String approvedBy, @Nullable Instant approvedAt) {

    /** A legal document cited: "123/2015/NĐ-CP", 15/11/2015, Chính phủ, "Nghị định quy định chi tiết …". */
    record Citation(String number, LocalDate issuedOn, String issuer, String title) {
    }

    /** What the answer form sent, unchecked. */
    record Form(@Nullable String responderName, @Nullable String responderPosition, @Nullable String responderPhone,
                @Nullable String body, List<CitationForm> citations) {
    }

    record CitationForm(@Nullable String number, @Nullable String issuedOn, @Nullable String issuer,
                        @Nullable String title) {

        boolean isEmpty() {
            return blank(number) && blank(issuedOn) && blank(issuer) && blank(title);
        }
    }

    /** A document number and symbol as Vietnamese legal documents write it: 123/2015/NĐ-CP, 04/2020/TT-BTP. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9]+(/[0-9]{4})?/[\\p{Lu}Đ0-9]+(-[\\p{Lu}Đ0-9]+)*");

    /**
     * Checks the form; adds one refusal per wrong field. A question's answer must cite at least one legal
     * document; every citation given must be complete.
     */
    static @Nullable Answer check(Form form, Question.Kind kind, String agencyCode, String agencyName,
            String draftedBy, Instant at, List<FormError> errors) {
        int before = errors.size();
        String name = required(form.responderName(), "responderName", errors);
        String position = required(form.responderPosition(), "responderPosition", errors);
        String phone = Asker.phone(form.responderPhone(), new ArrayList<>());
        if (phone == null) {
            errors.add(FormError.of("responderPhone", "feedback.error.responderPhone." + (blank(form.responderPhone()) ? "required" : "format")));
        }
        String body = required(form.body(), "answerBody", errors);
        List<Citation> citations = new ArrayList<>();
        int index = 0;
        for (CitationForm c : form.citations()) {
            index++;
            if (c.isEmpty()) {
                continue;
            }
            String field = "citation" + index;
            String number = c.number() == null ? "" : c.number().strip();
            if (!DOCUMENT_NUMBER.matcher(number).matches()) {
                errors.add(FormError.of(field + "Number", "feedback.error." + field + "Number." + (number.isEmpty() ? "required" : "format")));
            }
            LocalDate issuedOn = null;
            try {
                issuedOn = blank(c.issuedOn()) ? null : LocalDate.parse(c.issuedOn().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
            if (issuedOn == null || issuedOn.isAfter(at.atZone(PortalTime.ZONE).toLocalDate())) {
                errors.add(FormError.of(field + "Date", "feedback.error." + field + "Date." + (blank(c.issuedOn()) ? "required" : "format")));
            }
            String issuer = required(c.issuer(), field + "Issuer", errors);
            String title = required(c.title(), field + "Title", errors);
            if (issuedOn != null) {
                citations.add(new Citation(number, issuedOn, issuer, title));
            }
        }
        if (kind == Question.Kind.QUESTION && form.citations().stream().allMatch(CitationForm::isEmpty)) {
            errors.add(FormError.of("citation1Number", "feedback.error.citation1Number.required"));
        }
        if (errors.size() > before || phone == null) {
            return null;
        }
        return new Answer(agencyCode, agencyName, name, position, phone, body, citations, draftedBy, at, null, null);
    }

    private static String required(@Nullable String text, String field, List<FormError> errors) {
        if (blank(text)) {
            errors.add(FormError.of(field, "feedback.error." + field + ".required"));
            return "";
        }
        return text.strip();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
