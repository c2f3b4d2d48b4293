package vn.dvc.portal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * A running deadline that can be paused (tạm dừng), e.g. while the applicant supplements a dossier.
 *
 * <p>While paused the clock stands still; on {@link #resume resume} the due instant moves later by the
 * working time that passed during the pause. Time off (nights, weekends, holidays) inside a pause is
 * not working time, so it moves nothing. Immutable: every operation returns a new value.
 *
 * @param start             when counting began
 * @param due               the current due instant (hạn xử lý), +07:00
 * @param pausedSince       the start of the current pause, or null while running
 * @param pausedWorkingTime working time paused so far, added up over all finished pauses
 */
public record Countdown(Instant start, OffsetDateTime due, @Nullable Instant pausedSince, Duration pausedWorkingTime) {

    public Countdown {
        RefusedInput.require(start, "start");
        RefusedInput.require(due, "due");
        RefusedInput.require(pausedWorkingTime, "pausedWorkingTime");
        if (pausedWorkingTime.isNegative()) {
            throw new InvalidRequestParameter("pausedWorkingTime", "must not be negative");
        }
    }

    /** A running countdown with nothing paused yet. */
    public static Countdown start(Instant start, OffsetDateTime due) {
        return new Countdown(start, due, null, Duration.ZERO);
    }

    /** Whether the clock is stopped. */
    public boolean isPaused() {
        return pausedSince != null;
    }

    /**
     * Stops the clock at {@code at}.
     *
     * @throws IllegalStateException     if already paused
     * @throws InvalidRequestParameter naming "at" if {@code at} is before the start
     */
    public Countdown pause(Instant at) {
        RefusedInput.require(at, "at");
        if (isPaused()) {
            throw new IllegalStateException("the countdown is already paused since " + pausedSince);
        }
        if (at.isBefore(start)) {
            throw new InvalidRequestParameter("at", "a pause cannot begin before the countdown starts");
        }
        return new Countdown(start, due, at, pausedWorkingTime);
    }

    /**
     * Restarts the clock at {@code at}; the due instant moves by the working time between the pause and
     * {@code at}.
     *
     * @throws IllegalStateException     if not paused
     * @throws InvalidRequestParameter naming "at" if {@code at} is before the pause began
     */
    public Countdown resume(Instant at, WorkingCalendar calendar) {
        RefusedInput.require(at, "at");
        Instant since = pausedSince;
        if (since == null) {
            throw new IllegalStateException("the countdown is not paused");
        }
        if (at.isBefore(since)) {
            throw new InvalidRequestParameter("at", "a pause cannot end before it begins (" + since + ")");
        }
        Duration paused = calendar.workingTimeBetween(since, at);
        OffsetDateTime moved = calendar.plusWorkingTime(due.toInstant(), paused);
        return new Countdown(start, moved, null, pausedWorkingTime.plus(paused));
    }

    /**
     * Working time left until the due instant (negative once overdue). While paused it stays at the value
     * it had when the pause began.
     */
    public Duration remaining(Instant now, WorkingCalendar calendar) {
        Instant since = pausedSince;
        return calendar.workingTimeBetween(since != null ? since : now, due.toInstant());
    }
}
