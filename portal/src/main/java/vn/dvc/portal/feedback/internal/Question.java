package vn.dvc.portal.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.RefusedInput;

/**
 * A question, feedback or petition and where it stands in the handling of Art. 19. Immutable: each
 * transition checks that it is allowed in the current stage and returns the item as it is afterwards, with
 * every deadline from the {@link HandlingClock}. The table of transitions is in {@code docs/feedback.md}.
 *
 * @param askerId       the asker's Art. 17 data ({@link Askers}); null for a question sent from the National Portal,
 *                      whose asker the National Portal knows
 * @param forwardDueAt  by when the Centre must forward it (renewed when an agency returns it)
 * @param answerDueAt   by when the agency must answer (3, 5 or 10 working days from forwarding)
 * @param returnDueAt   by when an agency that is not competent must return it (1 working day)
 * @param interimReply  the interim reply to the asker that allows the 10-day extension
 */
record Question(UUID id, String reference, Kind kind, @Nullable UUID askerId, @Nullable UUID accountId,
                @Nullable UUID parentId, @Nullable String procedureCode, @Nullable String sectorCode,
                @Nullable String concernedAgency, String title, String body, Stage stage, Instant submittedAt,
                Instant forwardDueAt, @Nullable Instant forwardedAt, @Nullable String agencyCode,
                List<String> coAgencies, @Nullable Instant answerDueAt, @Nullable Instant returnDueAt,
                @Nullable String interimReply, @Nullable Instant interimReplyAt, @Nullable Instant answeredAt,
                @Nullable Instant publishedAt, int version) {

    /** What the asker sends. */
    enum Kind {
        /** Hỏi đáp. */
        QUESTION,
        /** Phản ánh. */
        FEEDBACK,
        /** Kiến nghị. */
        PETITION
    }

    /** Where the item is. */
    enum Stage {
        /** At the Centre, to be reviewed, classified and forwarded. */
        SUBMITTED,
        /** At the competent agency, to be answered. */
        FORWARDED,
        /** Returned by an agency that is not competent; the Centre re-routes it. */
        RETURNED,
        /** An answer is drafted and waits for a leader's approval. */
        AWAITING_APPROVAL,
        /** The approved answer was sent to the asker. */
        ANSWERED;

        boolean atCentre() {
            return this == SUBMITTED || this == RETURNED;
        }

        boolean atAgency() {
            return this == FORWARDED || this == AWAITING_APPROVAL;
        }
    }

    Question {
        coAgencies = List.copyOf(coAgencies);
    }

    /** A new item received at {@code at}; the Centre's 8 working hours start. */
    static Question received(UUID id, String reference, Kind kind, @Nullable UUID askerId, @Nullable UUID accountId,
            @Nullable UUID parentId, @Nullable String procedureCode, @Nullable String sectorCode,
            @Nullable String concernedAgency, String title, String body, Instant at, HandlingClock clock) {
        return new Question(id, reference, kind, askerId, accountId, parentId, procedureCode, sectorCode,
                concernedAgency, title, body, Stage.SUBMITTED, at, clock.forwardDue(at), null, null, List.of(), null,
                null, null, null, null, null, 0);
    }

    /**
     * The Centre forwards (or re-routes) the item to the competent agency. With co-agencies it is a
     * coordinated question: 5 working days instead of 3.
     */
    Question forward(String agency, List<String> coordinating, Kind classifiedAs, @Nullable String procedure,
            @Nullable String sector, Instant at, HandlingClock clock) {
        require(stage.atCentre(), "forward");
        if (agency.isBlank()) {
            throw RefusedInput.of("agencyCode", "feedback.error.agencyCode.required");
        }
        List<String> co = coordinating.stream().filter(c -> !c.isBlank() && !c.equals(agency)).distinct().toList();
        return new Question(id, reference, classifiedAs, askerId, accountId, parentId, procedure, sector,
                concernedAgency, title, body, Stage.FORWARDED, submittedAt, forwardDueAt, at, agency, co,
                clock.answerDue(agency, at, !co.isEmpty()), clock.returnDue(agency, at), null, null, null, null,
                version);
    }

    /** Whether forwarding came after the Centre's 8 working hours. */
    boolean forwardedLate() {
        return forwardedAt != null && forwardedAt.isAfter(forwardDueAt);
    }

    /**
     * A special case: the agency takes up to 10 working days, which it may only after an interim reply to
     * the asker (Art. 19.2.b).
     */
    Question extend(String interim, Instant at, HandlingClock clock) {
        require(stage == Stage.FORWARDED, "extend");
        if (interim.isBlank()) {
            throw RefusedInput.of("interimReply", "feedback.error.interimReply.required");
        }
        if (interimReplyAt != null) {
            throw RefusedInput.of("interimReply", "feedback.error.interimReply.already");
        }
        return new Question(id, reference, kind, askerId, accountId, parentId, procedureCode, sectorCode,
                concernedAgency, title, body, stage, submittedAt, forwardDueAt, forwardedAt, agencyCode, coAgencies,
                clock.extendedAnswerDue(agencyCode(), forwardedAt()), returnDueAt, interim.strip(), at, null, null,
                version);
    }

    /** The agency is not competent: the item goes back to the Centre, which has 8 working hours to re-route. */
    Question returnToCentre(String reason, Instant at, HandlingClock clock) {
        require(stage == Stage.FORWARDED, "return");
        if (reason.isBlank()) {
            throw RefusedInput.of("reason", "feedback.error.reason.required");
        }
        return new Question(id, reference, kind, askerId, accountId, parentId, procedureCode, sectorCode,
                concernedAgency, title, body, Stage.RETURNED, submittedAt, clock.forwardDue(at), null, null,
                List.of(), null, null, null, null, null, null, version);
    }

    /** Whether a return at {@code at} is after the one working day allowed. */
    boolean returnLate(Instant at) {
        return returnDueAt != null && at.isAfter(returnDueAt);
    }

    /** An answer is drafted; it waits for approval. */
    Question answerDrafted() {
        require(stage == Stage.FORWARDED, "answer");
        return withStage(Stage.AWAITING_APPROVAL, null);
    }

    /** The leader sends the draft back for changes. */
    Question answerSentBack() {
        require(stage == Stage.AWAITING_APPROVAL, "approve");
        return withStage(Stage.FORWARDED, null);
    }

    /** The leader approved: the answer is sent to the asker. */
    Question answerApproved(Instant at) {
        require(stage == Stage.AWAITING_APPROVAL, "approve");
        return withStage(Stage.ANSWERED, at);
    }

    /** The Centre publishes an answered item in the FAQ. */
    Question published(Instant at) {
        require(stage == Stage.ANSWERED, "publish");
        if (publishedAt != null) {
            throw RefusedInput.of("stage", "feedback.error.stage.published");
        }
        return new Question(id, reference, kind, askerId, accountId, parentId, procedureCode, sectorCode,
                concernedAgency, title, body, stage, submittedAt, forwardDueAt, forwardedAt, agencyCode, coAgencies,
                answerDueAt, returnDueAt, interimReply, interimReplyAt, answeredAt, at, version);
    }

    /** The deadline that runs now, or null once answered. */
    public @Nullable Instant currentDue() {
        return switch (stage) {
            case SUBMITTED, RETURNED -> forwardDueAt;
            case FORWARDED, AWAITING_APPROVAL -> answerDueAt;
            case ANSWERED -> null;
        };
    }

    private Question withStage(Stage next, @Nullable Instant answered) {
        return new Question(id, reference, kind, askerId, accountId, parentId, procedureCode, sectorCode,
                concernedAgency, title, body, next, submittedAt, forwardDueAt, forwardedAt, agencyCode, coAgencies,
                answerDueAt, returnDueAt, interimReply, interimReplyAt, answered, publishedAt, version);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw RefusedInput.of("stage", "feedback.error.stage." + action);
        }
    }
}
