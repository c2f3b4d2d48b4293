package vn.dvc.portal.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.feedback.AnswerPublished;
import vn.dvc.portal.feedback.QuestionForwarded;
import vn.dvc.portal.feedback.QuestionReturned;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The handling of Art. 19.2 by officers: the Centre classifies and forwards (or re-routes), the agency answers,
 * asks for the 10-day extension after an interim reply, or returns the item as not competent; a leader of the
 * agency or the Centre approves the answer before it is sent. Each action is one transaction that records the
 * history entry and publishes its event.
 */
@Service
class QuestionWorkflow {

    static final String CENTRE = "hasAnyRole('CENTRE', 'ADMIN')";
    static final String AGENCY = "hasAnyRole('DESK', 'SPECIALIST', 'LEADER')";
    static final String APPROVER = "hasAnyRole('LEADER', 'CENTRE', 'ADMIN')";

    private final Questions questions;
    private final Answers answers;
    private final Askers askers;
    private final Deadlines deadlines;
    private final QuestionAccess scope;
    private final Agencies agencies;
    private final Procedures procedures;
    private final FeedbackMessages messages;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    QuestionWorkflow(Questions questions, Answers answers, Askers askers, Deadlines deadlines, QuestionAccess scope,
            Agencies agencies, Procedures procedures, FeedbackMessages messages, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.askers = askers;
        this.deadlines = deadlines;
        this.scope = scope;
        this.agencies = agencies;
        this.procedures = procedures;
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The Centre's classification and forwarding. */
    record Forwarding(@Nullable String kind, @Nullable String agencyCode, List<String> coAgencies,
                      @Nullable String procedureCode) {
    }

    @PreAuthorize(CENTRE)
    @Transactional
    Question forward(UUID id, Forwarding f) {
        Question q = load(id);
        List<FormError> errors = new ArrayList<>();
        Question.Kind kind = q.kind();
        try {
            kind = Question.Kind.valueOf(f.kind() == null ? q.kind().name() : f.kind());
        } catch (IllegalArgumentException e) {
            errors.add(FormError.of("kind", "feedback.error.kind.required"));
        }
        String agency = f.agencyCode() == null ? "" : f.agencyCode().strip();
        if (agency.isEmpty()) {
            errors.add(FormError.of("agencyCode", "feedback.error.agencyCode.required"));
        } else if (agencies.find(agency).isEmpty()) {
            errors.add(FormError.of("agencyCode", "feedback.error.agencyCode.unknown"));
        }
        List<String> co = f.coAgencies().stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        for (String c : co) {
            if (agencies.find(c).isEmpty()) {
                errors.add(FormError.of("coAgencies", "feedback.error.coAgencies.unknown", c));
            }
        }
        String procedure = f.procedureCode() == null || f.procedureCode().isBlank() ? q.procedureCode()
                : f.procedureCode().strip();
        String sector = q.sectorCode();
        if (procedure != null && !procedure.equals(q.procedureCode())) {
            var found = procedures.findPublished(procedure);
            if (found.isEmpty()) {
                errors.add(FormError.of("procedureCode", "feedback.error.procedureCode.unknown"));
            } else {
                sector = found.get().sector().code();
            }
        }
        RefusedInput.throwIfAny(errors);
        Instant now = clock.instant();
        Question forwarded = questions.save(q.forward(agency, co, kind, procedure, sector, now, deadlines.clock()));
        questions.record(id, now, q.stage() == Question.Stage.RETURNED ? "re-routed" : "forwarded",
                CurrentActor.name(), agency, (forwarded.forwardedLate() ? "late" : "on time")
                        + (co.isEmpty() ? "" : "; phối hợp: " + String.join(", ", co)));
        messages.forwardedToAgency(forwarded);
        for (String c : co) {
            messages.toAgencyContact(c, "Phối hợp trả lời câu hỏi " + q.reference(), "Cơ quan được đề nghị phối hợp "
                    + "với " + agency + " trả lời câu hỏi " + q.reference() + " trước "
                    + FeedbackMessages.when(forwarded.answerDueAt()) + ".");
        }
        events.publishEvent(new QuestionForwarded(id, agency, co, now, forwarded.forwardedLate(),
                forwarded.answerDueAt()));
        return forwarded;
    }

    @PreAuthorize(AGENCY)
    @Transactional
    Question returnToCentre(UUID id, @Nullable String reason) {
        Question q = load(id);
        scope.requireHolds(q);
        String why = reason == null ? "" : reason.strip();
        Instant now = clock.instant();
        boolean late = q.returnLate(now);
        Question returned = questions.save(q.returnToCentre(why, now, deadlines.clock()));
        questions.recordReturn(id, q.agencyCode(), now, late, why);
        questions.record(id, now, "returned", CurrentActor.name(), q.agencyCode(), why);
        messages.toCentre("Câu hỏi " + q.reference() + " bị chuyển trả", q.agencyCode()
                + " chuyển trả câu hỏi " + q.reference() + ": " + why);
        events.publishEvent(new QuestionReturned(id, q.agencyCode(), now, late));
        return returned;
    }

    /** The special case of up to 10 working days, after the interim reply to the asker. */
    @PreAuthorize(AGENCY)
    @Transactional
    Question extend(UUID id, @Nullable String interimReply) {
        Question q = load(id);
        scope.requireHolds(q);
        Instant now = clock.instant();
        Question extended = questions.save(q.extend(interimReply == null ? "" : interimReply, now,
                deadlines.clock()));
        questions.record(id, now, "extended", CurrentActor.name(), q.agencyCode(), extended.interimReply());
        askers.find(q.askerId()).ifPresent(asker -> messages.interimReplyToAsker(asker, extended));
        return extended;
    }

    @PreAuthorize(AGENCY)
    @Transactional
    Question draftAnswer(UUID id, Answer.Form form) {
        Question q = load(id);
        scope.requireHolds(q);
        Instant now = clock.instant();
        String agencyName = agencies.find(q.agencyCode()).map(Agency::name).orElse(q.agencyCode());
        List<FormError> errors = new ArrayList<>();
        Answer answer = Answer.check(form, q.kind(), q.agencyCode(), agencyName, CurrentActor.name(), now, errors);
        if (q.stage() != Question.Stage.FORWARDED) {
            errors.add(FormError.of("stage", "feedback.error.stage.answer"));
        }
        RefusedInput.throwIfAny(errors);
        Question drafted = questions.save(q.answerDrafted());
        answers.saveDraft(id, answer);
        questions.record(id, now, "answer-drafted", CurrentActor.name(), q.agencyCode(), null);
        return drafted;
    }

    @PreAuthorize(APPROVER)
    @Transactional
    Question approve(UUID id) {
        Question q = load(id);
        SignedInUser user = QuestionAccess.officer();
        if (!QuestionAccess.isCentre(user) && !(user.hasRole(Role.LEADER) && scope.holds(user, q))) {
            throw new AccessDeniedException("only a leader of the agency or the Centre approves");
        }
        Instant now = clock.instant();
        Question answered = questions.save(q.answerApproved(now));
        answers.approve(id, CurrentActor.name(), now);
        Answer answer = answers.find(id).orElseThrow();
        questions.record(id, now, "answered", CurrentActor.name(), q.agencyCode(), null);
        askers.find(q.askerId()).ifPresent(asker -> messages.answerToAsker(asker, answered, answer.agencyName()));
        String timeliness = Objects.requireNonNullElse(deadlines.clock().standing(answered, now).timeliness(),
                Timeliness.ON_TIME).name();
        events.publishEvent(new AnswerPublished(id, q.agencyCode(), now, timeliness));
        return answered;
    }

    @PreAuthorize(APPROVER)
    @Transactional
    Question sendBack(UUID id, @Nullable String note) {
        Question q = load(id);
        SignedInUser user = QuestionAccess.officer();
        if (!QuestionAccess.isCentre(user) && !(user.hasRole(Role.LEADER) && scope.holds(user, q))) {
            throw new AccessDeniedException("only a leader of the agency or the Centre approves");
        }
        Instant now = clock.instant();
        Question back = questions.save(q.answerSentBack());
        questions.record(id, now, "answer-sent-back", CurrentActor.name(), q.agencyCode(), note);
        return back;
    }

    /**
     * The asker's personal data, for the officer handling it; the read is audited. Null for a question sent from the
     * National Portal, which keeps its asker's data.
     */
    @PreAuthorize("hasAnyRole('CENTRE', 'ADMIN', 'DESK', 'SPECIALIST', 'LEADER')")
    @Transactional
    @Nullable Asker askerOf(UUID id) {
        Question q = load(id);
        SignedInUser user = QuestionAccess.officer();
        if (!scope.maySee(user, q)) {
            throw new AccessDeniedException("not your item");
        }
        if (q.askerId() == null) {
            return null;
        }
        audit.record("feedback.asker.read", "feedback-question", id.toString(), Map.of("reference", q.reference()));
        return askers.find(q.askerId()).orElseThrow();
    }

    private Question load(UUID id) {
        return questions.findForUpdate(id).orElseThrow(() -> new ResourceNotFound("no item " + id));
    }
}
