package vn.dvc.portal.feedback.internal;

import java.time.Instant;
import java.util.function.Function;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.calendar.Standing;
import vn.dvc.portal.calendar.WorkingCalendar;

/**
 * The legal clock of Art. 19.2: every deadline of an item, from the working-time calendar (never our own
 * arithmetic). The Centre's deadlines run on the Centre's calendar, an agency's on the agency's.
 */
final class HandlingClock {

    /** The Centre reviews, classifies and forwards within 8 working hours (Art. 19.2.a). */
    static final Allowance FORWARD = Allowance.workingHours(8);
    /** The agency answers within 3 working days (Art. 19.2.b). */
    static final Allowance ANSWER = Allowance.workingDays(3);
    /** 5 working days when several sectors must coordinate. */
    static final Allowance COORDINATED_ANSWER = Allowance.workingDays(5);
    /** At most 10 working days in special cases, with an interim reply to the asker. */
    static final Allowance SPECIAL_ANSWER = Allowance.workingDays(10);
    /** A question outside the agency's competence goes back to the Centre within 1 (working) day. */
    static final Allowance RETURN = Allowance.workingDays(1);

    private final WorkingCalendar centre;
    private final Function<String, WorkingCalendar> agencies;

    HandlingClock(WorkingCalendar centre, Function<String, WorkingCalendar> agencies) {
        this.centre = centre;
        this.agencies = agencies;
    }

    /** One calendar for everyone (tests, or before agencies have schedules). */
    static HandlingClock of(WorkingCalendar calendar) {
        return new HandlingClock(calendar, code -> calendar);
    }

    Instant forwardDue(Instant received) {
        return centre.due(received, FORWARD).toInstant();
    }

    Instant answerDue(String agencyCode, Instant forwarded, boolean coordinated) {
        return calendarOf(agencyCode).due(forwarded, coordinated ? COORDINATED_ANSWER : ANSWER).toInstant();
    }

    Instant extendedAnswerDue(String agencyCode, Instant forwarded) {
        return calendarOf(agencyCode).due(forwarded, SPECIAL_ANSWER).toInstant();
    }

    Instant returnDue(String agencyCode, Instant forwarded) {
        return calendarOf(agencyCode).due(forwarded, RETURN).toInstant();
    }

    WorkingCalendar centre() {
        return centre;
    }

    /**
     * Where an item stands against its current deadline, for the Centre's board: an open item is on time, due
     * soon (at most {@link DeadlineWatch#FORWARD_REMINDER} of working time left to forward,
     * {@link DeadlineWatch#ANSWER_REMINDER} to answer, by the calendar of whoever holds it) or overdue; an
     * answered one was early, on time or late against its answer deadline.
     */
    Standing standing(Question question, Instant now) {
        if (question.stage() == Question.Stage.ANSWERED) {
            Instant due = question.answerDueAt();
            Instant answered = question.answeredAt();
            return due == null || answered == null ? Standing.DONE_ON_TIME : Standing.finished(answered, due);
        }
        Instant due = question.currentDue();
        if (due == null) {
            return Standing.ON_TIME;
        }
        WorkingCalendar calendar = question.stage().atAgency() && question.agencyCode() != null
                ? calendarOf(question.agencyCode()) : centre;
        return Standing.open(now, due, calendar, question.stage().atCentre() ? DeadlineWatch.FORWARD_REMINDER
                : DeadlineWatch.ANSWER_REMINDER);
    }

    WorkingCalendar calendarOf(String agencyCode) {
        return agencies.apply(agencyCode);
    }
}
