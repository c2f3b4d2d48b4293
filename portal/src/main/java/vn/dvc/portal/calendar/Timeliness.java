package vn.dvc.portal.calendar;

/**
 * How a finished item (dossier, step, answer) met its due instant; see
 * {@link WorkingCalendar#classify(java.time.Instant, java.time.Instant)} for the exact rule.
 */
public enum Timeliness {
    /** Trước hạn: finished on a calendar day before the due day. */
    EARLY,
    /** Đúng hạn: finished on the due day, at or before the due instant. */
    ON_TIME,
    /** Quá hạn: finished after the due instant. */
    LATE
}
