package vn.dvc.portal.calendar;

/**
 * The unit in which a procedure states its processing time (đơn vị tính thời gian giải quyết).
 * Each unit has an upper limit on the amount, far above any real procedure, that guards against
 * absurd input.
 */
public enum DurationUnit {
    /** Working hours (giờ làm việc), counted only inside opening hours. At most 8,000. */
    WORKING_HOURS("giờ làm việc", 8_000),
    /**
     * Working days (ngày làm việc): n working days = n × 8 working hours counted from the start instant,
     * as the national systems count. At most 1,000.
     */
    WORKING_DAYS("ngày làm việc", 1_000),
    /**
     * Calendar days (ngày): the due instant is the close of business of the n-th day after the day on
     * which counting starts, moved to the next working day if that day is not worked. At most 3,650.
     */
    CALENDAR_DAYS("ngày", 3_650);

    private final String label;
    private final int maxAmount;

    DurationUnit(String label, int maxAmount) {
        this.label = label;
        this.maxAmount = maxAmount;
    }

    /** Vietnamese label, e.g. "ngày làm việc". */
    public String label() {
        return label;
    }

    /** The largest amount accepted in this unit. */
    public int maxAmount() {
        return maxAmount;
    }
}
