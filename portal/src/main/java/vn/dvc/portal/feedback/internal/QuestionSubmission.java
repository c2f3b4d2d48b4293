package vn.dvc.portal.feedback.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.feedback.QuestionSubmitted;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.PersonalDataProtection;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Receiving questions, feedback and petitions every day of the week (Art. 19.1), signed in or not: the
 * asker's data of Art. 17 checked, the text checked for diacritics and abbreviations (Art. 18.1), consent
 * recorded, an anonymous asker's phone or e-mail verified by a one-time code, and the client's hourly limit.
 * The whole submission is one transaction: a refused one leaves nothing behind.
 */
@Service
class QuestionSubmission {

    static final String ACCESS_PURPOSE = "feedback-access";

    private final Questions questions;
    private final Askers askers;
    private final SubmissionGuard guard;
    private final Deadlines deadlines;
    private final Procedures procedures;
    private final Agencies agencies;
    private final FeedbackMessages messages;
    private final PersonalDataProtection protection;
    private final ApplicationEventPublisher events;
    private final FeedbackProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    QuestionSubmission(Questions questions, Askers askers, SubmissionGuard guard, Deadlines deadlines,
            Procedures procedures, Agencies agencies, FeedbackMessages messages, PersonalDataProtection protection,
            ApplicationEventPublisher events, FeedbackProperties properties, Clock clock) {
        this.questions = questions;
        this.askers = askers;
        this.guard = guard;
        this.deadlines = deadlines;
        this.procedures = procedures;
        this.agencies = agencies;
        this.messages = messages;
        this.protection = protection;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the asker sent. */
    record Submission(@Nullable String kind, @Nullable String procedureCode, @Nullable String agencyCode,
                      @Nullable String title, @Nullable String body, Asker.Form asker, boolean consent,
                      @Nullable UUID verificationId, @Nullable String verificationCode) {
    }

    /** The receipt: the item's id, its public reference and the private token of its link. */
    record Receipt(UUID id, String reference, String accessToken) {
    }

    /**
     * Receives an item.
     *
     * @param accountId     the signed-in asker's account, or null for an anonymous asker (who needs a code)
     * @param clientAddress the client's address, for the hourly limit (only its keyed hash is kept)
     * @throws RefusedInput with every wrong field
     */
    @Transactional
    Receipt submit(Submission s, @Nullable UUID accountId, String clientAddress) {
        List<FormError> errors = new ArrayList<>();
        Question.Kind kind = kind(s.kind(), errors);
        String title = text(s.title(), "title", 200, errors);
        String body = text(s.body(), "body", 5000, errors);
        if (!title.isEmpty() && !body.isEmpty()) {
            checkVietnamese(title + "\n" + body, errors);
        }
        Asker asker = Asker.check(s.asker(), errors);
        String procedureCode = blankToNull(s.procedureCode());
        String sectorCode = null;
        if (procedureCode != null) {
            Optional<Procedure> procedure = procedures.findPublished(procedureCode);
            if (procedure.isEmpty()) {
                errors.add(FormError.of("procedureCode", "feedback.error.procedureCode.unknown"));
            } else {
                sectorCode = procedure.get().sector().code();
            }
        }
        String agencyCode = blankToNull(s.agencyCode());
        if (agencyCode != null && agencies.find(agencyCode).isEmpty()) {
            errors.add(FormError.of("agencyCode", "feedback.error.agencyCode.unknown"));
        }
        if (!s.consent()) {
            errors.add(FormError.of("consent", "feedback.error.consent.required"));
        }
        if (accountId == null && asker != null) {
            verify(s, asker, errors);
        }
        RefusedInput.throwIfAny(errors);
        guard.countSubmission(clientAddress);
        return receive(kind, procedureCode, sectorCode, agencyCode, title, body, asker, accountId, null);
    }

    /**
     * A follow-up question (Art. 19.2.c) on an answered item, by its asker: linked to it, with its own clock
     * from now.
     */
    @Transactional
    Receipt followUp(UUID parentId, @Nullable String title, @Nullable String body) {
        Question parent = questions.findForUpdate(parentId).orElseThrow();
        if (parent.stage() != Question.Stage.ANSWERED) {
            throw RefusedInput.of("stage", "feedback.error.stage.followUp");
        }
        List<FormError> errors = new ArrayList<>();
        String t = text(title, "title", 200, errors);
        String b = text(body, "body", 5000, errors);
        if (!t.isEmpty() && !b.isEmpty()) {
            checkVietnamese(t + "\n" + b, errors);
        }
        RefusedInput.throwIfAny(errors);
        Asker asker = askers.find(parent.askerId()).orElseThrow();
        return receive(parent.kind(), parent.procedureCode(), parent.sectorCode(), parent.agencyCode(), t, b, asker,
                parent.accountId(), parent);
    }

    private Receipt receive(Question.Kind kind, @Nullable String procedureCode, @Nullable String sectorCode,
            @Nullable String agencyCode, String title, String body, Asker asker, @Nullable UUID accountId,
            @Nullable Question parent) {
        Instant now = clock.instant();
        UUID askerId = parent != null ? parent.askerId()
                : askers.add(asker, accountId, properties.consentVersion(), now);
        int year = now.atZone(PortalTime.ZONE).getYear();
        String reference = "PA-%d-%06d".formatted(year, questions.nextNumber());
        String token = newToken();
        Question question = Question.received(UUID.randomUUID(), reference, kind, askerId, accountId,
                parent == null ? null : parent.id(), procedureCode, sectorCode, agencyCode, title, body, now,
                deadlines.clock());
        questions.add(question, protection.matchingHash(ACCESS_PURPOSE, token));
        questions.record(question.id(), now, parent == null ? "submitted" : "follow-up", actor(accountId), null,
                parent == null ? null : parent.reference());
        events.publishEvent(new QuestionSubmitted(question.id(), kind.name(), question.parentId(), now,
                question.forwardDueAt()));
        messages.receivedToAsker(asker, question, token);
        return new Receipt(question.id(), reference, token);
    }

    /** The item behind a private link. */
    Optional<Question> byToken(String token) {
        if (token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return questions.findByAccessToken(protection.matchingHash(ACCESS_PURPOSE, token));
    }

    private void verify(Submission s, Asker asker, List<FormError> errors) {
        if (s.verificationId() == null) {
            errors.add(FormError.of("verificationCode", "feedback.error.verificationCode.required"));
            return;
        }
        if (s.verificationCode() == null || s.verificationCode().isBlank()) {
            errors.add(FormError.of("verificationCode", "feedback.error.verificationCode.required"));
            return;
        }
        try {
            guard.useCode(s.verificationId(), s.verificationCode(), destination(asker));
        } catch (RefusedInput e) {
            errors.addAll(e.errors());
        }
    }

    /** Codes go to the e-mail when one is given, else to the phone. */
    static String destination(Asker asker) {
        return asker.prefersEmail() ? asker.email() : asker.phone();
    }

    static void checkVietnamese(String text, List<FormError> errors) {
        QuestionWording.Verdict verdict = QuestionWording.check(text);
        if (!verdict.abbreviations().isEmpty()) {
            errors.add(FormError.of("body", "feedback.error.body.abbreviations", String.join(", ", verdict.abbreviations())));
        }
        if (verdict.withoutDiacritics()) {
            errors.add(FormError.of("body", "feedback.error.body.noDiacritics"));
        }
    }

    private static Question.Kind kind(@Nullable String text, List<FormError> errors) {
        try {
            return Question.Kind.valueOf(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            errors.add(FormError.of("kind", "feedback.error.kind.required"));
            return Question.Kind.QUESTION;
        }
    }

    private static String text(@Nullable String text, String field, int max, List<FormError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(FormError.of(field, "feedback.error." + field + ".required"));
            return "";
        }
        String stripped = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
        if (stripped.length() > max) {
            errors.add(FormError.of(field, "feedback.error." + field + ".tooLong"));
        }
        return stripped;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String actor(@Nullable UUID accountId) {
        return accountId == null ? "người hỏi" : vn.dvc.portal.platform.CurrentActor.name();
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
