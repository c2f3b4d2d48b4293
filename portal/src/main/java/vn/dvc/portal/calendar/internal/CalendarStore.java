package vn.dvc.portal.calendar.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.calendar.CalendarOverride;
import vn.dvc.portal.calendar.MovableHoliday;
import vn.dvc.portal.calendar.WorkingHours;

/** The calendar's tables: schedules, agency assignments, the Centre's overrides and the revision counter. */
@Repository
class CalendarStore {

    /** A stored opening-hours schedule. */
    record Schedule(String code, String name, WorkingHours hours, boolean isDefault) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CalendarStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM calendar_revision").query(Long.class).single();
    }

    /** Called in the transaction of every change, so that other nodes rebuild their calendars. */
    void bumpRevision() {
        jdbc.sql("UPDATE calendar_revision SET revision = revision + 1").update();
    }

    Map<String, Schedule> schedules() {
        Map<String, Schedule> schedules = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name, definition::text AS definition, is_default FROM calendar_schedule ORDER BY code")
                .query((rs, n) -> new Schedule(rs.getString("code"), rs.getString("name"),
                        ScheduleDefinitions.read(json.readTree(rs.getString("definition"))),
                        rs.getBoolean("is_default")))
                .list()
                .forEach(schedule -> schedules.put(schedule.code(), schedule));
        return schedules;
    }

    Map<String, String> agencySchedules() {
        Map<String, String> assignments = new LinkedHashMap<>();
        jdbc.sql("SELECT agency_code, schedule_code FROM calendar_agency_schedule")
                .query((ResultSet rs) -> {
                    assignments.put(rs.getString(1), rs.getString(2));
                });
        return assignments;
    }

    boolean scheduleExists(String code) {
        return jdbc.sql("SELECT count(*) FROM calendar_schedule WHERE code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    void assign(String agencyCode, String scheduleCode, Instant at) {
        jdbc.sql("""
                        INSERT INTO calendar_agency_schedule (agency_code, schedule_code, assigned_at)
                        VALUES (:agency, :schedule, :at)
                        ON CONFLICT (agency_code) DO UPDATE SET schedule_code = excluded.schedule_code,
                                                                assigned_at = excluded.assigned_at""")
                .param("agency", agencyCode).param("schedule", scheduleCode).param("at", Timestamp.from(at))
                .update();
    }

    /** The decisions in force, in the order they were made. */
    List<CalendarOverride> activeOverrides() {
        return jdbc.sql("SELECT * FROM calendar_override WHERE revoked_at IS NULL ORDER BY seq")
                .query((rs, n) -> override(rs)).list();
    }

    List<RecordedOverride> activeOverrides(int year) {
        return jdbc.sql("SELECT * FROM calendar_override WHERE revoked_at IS NULL AND year = :year ORDER BY seq")
                .param("year", year)
                .query((rs, n) -> recorded(rs))
                .list();
    }

    Optional<RecordedOverride> activeOverride(UUID id) {
        return jdbc.sql("SELECT * FROM calendar_override WHERE revoked_at IS NULL AND id = :id")
                .param("id", id)
                .query((rs, n) -> recorded(rs))
                .optional();
    }

    void add(UUID id, CalendarOverride override, Instant at, String actor) {
        String kind;
        LocalDate day = null;
        String holiday = null;
        List<LocalDate> dates = List.of();
        String name = null;
        switch (override) {
            case CalendarOverride.AddDayOff add -> {
                kind = "ADD_DAY_OFF";
                day = add.date();
                name = add.name();
            }
            case CalendarOverride.RemoveDayOff remove -> {
                kind = "REMOVE_DAY_OFF";
                day = remove.date();
            }
            case CalendarOverride.MakeUpWorkingDay makeUp -> {
                kind = "MAKE_UP_WORKING_DAY";
                day = makeUp.date();
            }
            case CalendarOverride.ConfirmPlacement confirm -> {
                kind = "CONFIRM_PLACEMENT";
                holiday = confirm.holiday().name();
                dates = confirm.dates();
            }
        }
        String dateArray = dates.stream().map(LocalDate::toString)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        jdbc.sql("""
                        INSERT INTO calendar_override (id, year, kind, day, holiday, dates, name, legal_reference,
                                                       reason, created_at, created_by)
                        VALUES (:id, :year, :kind, :day, :holiday, CAST(:dates AS date[]), :name, :reference, :reason, :at, :actor)""")
                .param("id", id)
                .param("year", override.year())
                .param("kind", kind)
                .param("day", day == null ? null : Date.valueOf(day), java.sql.Types.DATE)
                .param("holiday", holiday, java.sql.Types.VARCHAR)
                .param("dates", dateArray)
                .param("name", name, java.sql.Types.VARCHAR)
                .param("reference", override.legalReference())
                .param("reason", override.reason())
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    boolean revoke(UUID id, Instant at, String actor) {
        return jdbc.sql("""
                        UPDATE calendar_override SET revoked_at = :at, revoked_by = :actor
                        WHERE id = :id AND revoked_at IS NULL""")
                .param("id", id).param("at", Timestamp.from(at)).param("actor", actor)
                .update() == 1;
    }

    private static RecordedOverride recorded(ResultSet rs) throws SQLException {
        return new RecordedOverride(rs.getObject("id", UUID.class), override(rs),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static CalendarOverride override(ResultSet rs) throws SQLException {
        String reference = rs.getString("legal_reference");
        String reason = rs.getString("reason");
        Date day = rs.getDate("day");
        return switch (rs.getString("kind")) {
            case "ADD_DAY_OFF" -> new CalendarOverride.AddDayOff(day.toLocalDate(), rs.getString("name"), reference,
                    reason);
            case "REMOVE_DAY_OFF" -> new CalendarOverride.RemoveDayOff(day.toLocalDate(), reference, reason);
            case "MAKE_UP_WORKING_DAY" -> new CalendarOverride.MakeUpWorkingDay(day.toLocalDate(), reference, reason);
            case "CONFIRM_PLACEMENT" -> new CalendarOverride.ConfirmPlacement(rs.getInt("year"),
                    MovableHoliday.valueOf(rs.getString("holiday")), dates(rs.getArray("dates")), reference, reason);
            default -> throw new IllegalStateException("unknown override kind " + rs.getString("kind"));
        };
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        Arrays.stream((Date[]) array.getArray()).forEach(date -> dates.add(date.toLocalDate()));
        return dates;
    }
}
