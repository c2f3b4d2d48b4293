package vn.dvc.portal.calendar;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where an item — a dossier, a processing step, a question, a change request — stands against its due instant:
 * the one standing every page shows, with one text ({@code calendar.standing.<NAME>} in the shared bundle) and
 * one look (the fragment {@code calendar/standing :: standing(standing)}, classes {@code standing
 * standing-<name>}). The caller says which case applies (open, paused, finished, no deadline) and, for an open
 * item, whether it warns "due soon" and with which threshold.
 */
public enum Standing {
    /** Open, its due instant not passed (còn hạn). */
    ON_TIME,
    /** Open, at most the caller's threshold of working time left (sắp đến hạn). */
    DUE_SOON,
    /** Open, its due instant passed (quá hạn). */
    OVERDUE,
    /** The clock is paused: waiting for the applicant's supplement. */
    PAUSED,
    /** Finished on a calendar day before its due day ({@link Timeliness#EARLY}). */
    DONE_EARLY,
    /** Finished on its due day, at or before the due instant ({@link Timeliness#ON_TIME}). */
    DONE_ON_TIME,
    /** Finished after its due instant ({@link Timeliness#LATE}). */
    DONE_LATE,
    /** No deadline applies (not received, withdrawn, stopped). */
    NOT_APPLICABLE;

    /** An open item without a "due soon" warning: {@link #OVERDUE} once {@code now} is after {@code due}. */
    public static Standing open(Instant now, Instant due) {
        return now.isAfter(due) ? OVERDUE : ON_TIME;
    }

    /**
     * An open item that warns: {@link #DUE_SOON} when at most {@code dueSoon} of working time remains by
     * {@code calendar} ({@link WorkingCalendar#isDueSoon(Instant, Instant, Duration)}).
     */
    public static Standing open(Instant now, Instant due, WorkingCalendar calendar, Duration dueSoon) {
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        return calendar.isDueSoon(now, due, dueSoon) ? DUE_SOON : ON_TIME;
    }

    /** A finished item, by {@link Timeliness#of(Instant, Instant)}. */
    public static Standing finished(Instant finished, Instant due) {
        return switch (Timeliness.of(finished, due)) {
            case EARLY -> DONE_EARLY;
            case ON_TIME -> DONE_ON_TIME;
            case LATE -> DONE_LATE;
        };
    }

    /** Overdue, or finished late. */
    public boolean isLate() {
        return this == OVERDUE || this == DONE_LATE;
    }

    /** How a finished item met its due instant; null for an item not finished. */
    public @Nullable Timeliness timeliness() {
        return switch (this) {
            case DONE_EARLY -> Timeliness.EARLY;
            case DONE_ON_TIME -> Timeliness.ON_TIME;
            case DONE_LATE -> Timeliness.LATE;
            default -> null;
        };
    }

    /** Whether it is (or was, when finished) within its deadline; null when paused or no deadline applies. */
    public @Nullable Boolean withinDeadline() {
        return switch (this) {
            case ON_TIME, DUE_SOON, DONE_EARLY, DONE_ON_TIME -> true;
            case OVERDUE, DONE_LATE -> false;
            case PAUSED, NOT_APPLICABLE -> null;
        };
    }
}
