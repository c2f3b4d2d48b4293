package vn.dvc.portal.calendar.internal;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.calendar.SeasonalHours;
import vn.dvc.portal.calendar.WeeklySchedule;
import vn.dvc.portal.calendar.WorkingHours;
import vn.dvc.portal.calendar.WorkingInterval;
import vn.dvc.portal.platform.InvalidRequestParameter;

/**
 * Reads a schedule's stored definition:
 * {@code {"standard": {"MONDAY": ["07:30-11:30", "13:00-17:00"], ...},
 * "seasons": [{"name": "Giờ mùa hè", "from": "--04-15", "to": "--10-14", "days": {...}}]}}.
 */
final class ScheduleDefinitions {

    private ScheduleDefinitions() {
    }

    static WorkingHours read(JsonNode definition) {
        WeeklySchedule standard = weekly(definition.path("standard"));
        List<SeasonalHours> seasons = new ArrayList<>();
        for (JsonNode season : definition.path("seasons")) {
            seasons.add(new SeasonalHours(season.path("name").asString(),
                    MonthDay.parse(season.path("from").asString()),
                    MonthDay.parse(season.path("to").asString()),
                    weekly(season.path("days"))));
        }
        return new WorkingHours(standard, seasons);
    }

    private static WeeklySchedule weekly(JsonNode days) {
        if (!days.isObject()) {
            throw new InvalidRequestParameter("definition", "a weekly schedule must be an object of weekdays");
        }
        Map<DayOfWeek, List<WorkingInterval>> schedule = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, JsonNode> day : days.properties()) {
            List<WorkingInterval> intervals = new ArrayList<>();
            for (JsonNode interval : day.getValue()) {
                intervals.add(WorkingInterval.parse(interval.asString()));
            }
            schedule.put(DayOfWeek.valueOf(day.getKey()), intervals);
        }
        return new WeeklySchedule(schedule);
    }
}
