package vn.dvc.portal.calendar;

/**
 * The holidays whose days the Prime Minister fixes each year, so the system can only propose them.
 */
public enum MovableHoliday {
    /**
     * Tết Nguyên đán, five days. Proposed: the last day of the lunar year and the first four days of
     * the new one.
     */
    TET("Tết Nguyên đán"),
    /**
     * The day added next to Quốc khánh (2 September, which itself is fixed). Proposed by the rule
     * described in {@code docs/calendar.md}: the neighbour that falls Monday–Friday, preferring one that
     * joins the break to a weekend; 3 September if both or neither do.
     */
    NATIONAL_DAY_ADJACENT("Quốc khánh");

    private final String holidayName;

    MovableHoliday(String holidayName) {
        this.holidayName = holidayName;
    }

    /** The Vietnamese name given to its days. */
    public String holidayName() {
        return holidayName;
    }
}
