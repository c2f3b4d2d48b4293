package vn.dvc.portal.processing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.calendar.WorkingCalendar;

/** The arithmetic of allotments and limits, in working minutes (1 working day = 8 working hours). */
final class Allotments {

    /** Far above any step: 1,000 working days. */
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(8_000);

    private Allotments() {
    }

    /** The message key of what is wrong with a step's allotment, or null when it is acceptable. */
    static @Nullable String fault(@Nullable BigDecimal amount, @Nullable DurationUnit unit) {
        if (amount == null) {
            return "processing.error.allotment";
        }
        if (amount.signum() <= 0) {
            return "processing.error.allotmentPositive";
        }
        if (unit == null) {
            return null; // the unit's own error is reported
        }
        BigDecimal minutes = amount.multiply(minutesPer(unit));
        if (minutes.stripTrailingZeros().scale() > 0) {
            return "processing.error.allotmentMinutes";
        }
        if (minutes.compareTo(MAX_HOURS.multiply(BigDecimal.valueOf(60))) > 0) {
            return "processing.error.allotmentTooLarge";
        }
        return null;
    }

    /**
     * The working time a legal time limit gives the steps (the rule of {@code docs/processing.md}): working
     * hours as they are; n working days as n × 8 hours; n calendar days as at most n working days (steps are
     * counted in working time, and n calendar days always contain at most n working days' worth); a limit of 0
     * (a same-day procedure, "trong ngày") as one working day.
     */
    static Duration budget(Allowance limit) {
        int amount = limit.amount();
        return switch (limit.unit()) {
            case WORKING_HOURS -> amount == 0 ? WorkingCalendar.WORKING_DAY : Duration.ofHours(amount);
            case WORKING_DAYS, CALENDAR_DAYS -> WorkingCalendar.WORKING_DAY.multipliedBy(Math.max(amount, 1));
        };
    }

    /** Hours of working time as text, e.g. "4.5" (at most two decimals). */
    static String hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static BigDecimal minutesPer(DurationUnit unit) {
        return switch (unit) {
            case WORKING_HOURS -> BigDecimal.valueOf(60);
            case WORKING_DAYS -> BigDecimal.valueOf(WorkingCalendar.WORKING_DAY.toMinutes());
            case CALENDAR_DAYS -> BigDecimal.ONE; // rejected by the unit's own check
        };
    }
}
