package vn.dvc.portal.calendar;

import java.time.Duration;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * How much time a procedure or a step is allowed (thời hạn giải quyết), e.g. 5 working days.
 * Construction throws {@link InvalidRequestParameter} naming "amount" if the amount is negative or
 * above the unit's limit.
 *
 * @param amount a whole number from 0 to {@link DurationUnit#maxAmount()}
 * @param unit   the unit of {@code amount}
 */
public record Allowance(int amount, DurationUnit unit) {

    public Allowance {
        RefusedInput.require(unit, "unit");
        if (amount < 0) {
            throw new InvalidRequestParameter("amount", "must not be negative, got " + amount);
        }
        if (amount > unit.maxAmount()) {
            throw new InvalidRequestParameter("amount", amount + " " + unit + " is above the limit of "
                    + unit.maxAmount());
        }
    }

    public static Allowance workingHours(int hours) {
        return new Allowance(hours, DurationUnit.WORKING_HOURS);
    }

    public static Allowance workingDays(int days) {
        return new Allowance(days, DurationUnit.WORKING_DAYS);
    }

    public static Allowance calendarDays(int days) {
        return new Allowance(days, DurationUnit.CALENDAR_DAYS);
    }

    /**
     * The working time this allowance stands for: hours as they are, a working day as 8 hours.
     *
     * @throws IllegalStateException for {@link DurationUnit#CALENDAR_DAYS}, which is not a working time
     */
    public Duration workingTime() {
        return switch (unit) {
            case WORKING_HOURS -> Duration.ofHours(amount);
            case WORKING_DAYS -> WorkingCalendar.WORKING_DAY.multipliedBy(amount);
            case CALENDAR_DAYS -> throw new IllegalStateException("calendar days are not a working time");
        };
    }

    @Override
    public String toString() {
        return amount + " " + unit.label();
    }
}
