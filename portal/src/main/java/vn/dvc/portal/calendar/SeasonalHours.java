package vn.dvc.portal.calendar;

import java.time.MonthDay;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Opening hours that apply during part of every year, e.g. summer hours from 1 May to 30 September or
 * winter hours from 1 October to 31 March (a period may run over the new year).
 *
 * @param name     label shown to staff, e.g. "Giờ mùa hè"
 * @param from     first day of the period (inclusive)
 * @param to       last day of the period (inclusive)
 * @param schedule the weekly opening hours during the period
 */
public record SeasonalHours(String name, MonthDay from, MonthDay to, WeeklySchedule schedule) {

    public SeasonalHours {
        RefusedInput.require(name, "name");
        RefusedInput.require(from, "from");
        RefusedInput.require(to, "to");
        RefusedInput.require(schedule, "schedule");
    }

    /** Whether the period covers this day of the year. */
    public boolean contains(MonthDay day) {
        if (!from.isAfter(to)) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
        return !day.isBefore(from) || !day.isAfter(to);
    }
}
