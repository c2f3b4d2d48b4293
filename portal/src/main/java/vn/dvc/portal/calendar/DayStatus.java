package vn.dvc.portal.calendar;

/** Whether a non-working day is settled or only proposed by the system. */
public enum DayStatus {
    /** Fixed by law or confirmed by the Centre. */
    CONFIRMED,
    /**
     * Placed by the system's default rule and awaiting the Centre's confirmation: the five days of Tết,
     * the day beside 2 September, and compensatory days that follow from them.
     */
    PROPOSED
}
