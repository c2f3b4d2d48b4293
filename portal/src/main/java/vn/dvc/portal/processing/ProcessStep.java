package vn.dvc.portal.processing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.identity.Role;

/**
 * One step of a process definition.
 *
 * @param name      what happens, e.g. "Công chức tư pháp - hộ tịch thẩm định hồ sơ"
 * @param role      the officer role responsible
 * @param unitCode  the unit responsible (an agency code: the competent agency or one below it), null for "the
 *                  agency handling the dossier"
 * @param allotment the time allotted, in {@code unit}; positive, in whole minutes (e.g. 0.5 working hours)
 * @param unit      {@link DurationUnit#WORKING_HOURS} or {@link DurationUnit#WORKING_DAYS} (1 day = 8 hours)
 * @param actions   the actions allowed at the step, in {@link StepAction} order
 */
public record ProcessStep(String name, Role role, @Nullable String unitCode, BigDecimal allotment,
                          DurationUnit unit, List<StepAction> actions) {

    public ProcessStep {
        actions = actions.stream().distinct().sorted().toList();
        allotment = allotment.stripTrailingZeros();
        if (allotment.scale() < 0) {
            allotment = allotment.setScale(0);
        }
    }

    /** The working time allotted: hours as they are, a working day as 8 hours. */
    public Duration workingTime() {
        BigDecimal minutesPerUnit = switch (unit) {
            case WORKING_HOURS -> BigDecimal.valueOf(60);
            case WORKING_DAYS -> BigDecimal.valueOf(WorkingCalendar.WORKING_DAY.toMinutes());
            case CALENDAR_DAYS -> throw new IllegalStateException("a step is allotted working time, not calendar days");
        };
        return Duration.ofMinutes(allotment.multiply(minutesPerUnit).longValueExact());
    }
}
