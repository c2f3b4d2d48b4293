package vn.dvc.portal.feedback.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.calendar.WorkingCalendar;

/**
 * Where an item stands against its current deadline, for the Centre's board: an open item is on time, due
 * soon (at most 2 working hours left to forward, one working day to answer) or late; a finished one is early, on time or late.
 */
enum Standing {
    ON_TIME, DUE_SOON, LATE, ANSWERED_EARLY, ANSWERED_ON_TIME, ANSWERED_LATE;

    static Standing of(Question question, Instant now, HandlingClock clock) {
        WorkingCalendar calendar = question.stage().atAgency() && question.agencyCode() != null
                ? clock.calendarOf(question.agencyCode()) : clock.centre();
        if (question.stage() == Question.Stage.ANSWERED) {
            Instant due = question.answerDueAt();
            Instant answered = question.answeredAt();
            if (due == null || answered == null) {
                return ANSWERED_ON_TIME;
            }
            return switch (calendar.classify(answered, due)) {
                case EARLY -> ANSWERED_EARLY;
                case ON_TIME -> ANSWERED_ON_TIME;
                case LATE -> ANSWERED_LATE;
            };
        }
        Instant due = question.currentDue();
        if (due == null) {
            return ON_TIME;
        }
        if (now.isAfter(due)) {
            return LATE;
        }
        java.time.Duration threshold = question.stage().atCentre() ? DeadlineWatch.FORWARD_REMINDER
                : DeadlineWatch.ANSWER_REMINDER;
        return calendar.isDueSoon(now, due, threshold) ? DUE_SOON : ON_TIME;
    }

    /** Working time left (negative once late), or null for a finished item. */
    static @Nullable Duration remaining(Question question, Instant now, HandlingClock clock) {
        Instant due = question.currentDue();
        if (due == null) {
            return null;
        }
        WorkingCalendar calendar = question.stage().atAgency() && question.agencyCode() != null
                ? clock.calendarOf(question.agencyCode()) : clock.centre();
        return calendar.remaining(now, due);
    }

    boolean isLate() {
        return this == LATE || this == ANSWERED_LATE;
    }

    static Timeliness timelinessOf(Standing standing) {
        return switch (standing) {
            case ANSWERED_EARLY -> Timeliness.EARLY;
            case LATE, ANSWERED_LATE -> Timeliness.LATE;
            default -> Timeliness.ON_TIME;
        };
    }
}
