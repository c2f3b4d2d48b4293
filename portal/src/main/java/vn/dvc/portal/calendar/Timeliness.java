package vn.dvc.portal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvc.portal.platform.RefusedInput;

/**
 * How a finished item (dossier, step, answer) met its due instant; {@link #of} is the rule
 * ({@link WorkingCalendar#classify} applies it too).
 */
public enum Timeliness {
    /** Trước hạn: finished on a calendar day before the due day. */
    EARLY,
    /** Đúng hạn: finished on the due day, at or before the due instant. */
    ON_TIME,
    /** Quá hạn: finished after the due instant. */
    LATE;

    /**
     * How {@code finished} met {@code due}: {@link #LATE} after it; {@link #EARLY} on an earlier calendar date
     * (in {@link WorkingCalendar#ZONE}); {@link #ON_TIME} otherwise. No working hours are involved.
     */
    public static Timeliness of(Instant finished, Instant due) {
        RefusedInput.require(finished, "finished");
        RefusedInput.require(due, "due");
        if (finished.isAfter(due)) {
            return LATE;
        }
        LocalDate finishedOn = LocalDate.ofInstant(finished, WorkingCalendar.ZONE);
        LocalDate dueOn = LocalDate.ofInstant(due, WorkingCalendar.ZONE);
        return finishedOn.isBefore(dueOn) ? EARLY : ON_TIME;
    }
}
