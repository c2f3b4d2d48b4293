package vn.dvc.portal.calendar.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.calendar.LunarCalendar;
import vn.dvc.portal.calendar.LunarDate;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.platform.InvalidRequestParameter;

/**
 * The public calendar API, for citizens and other systems: due instants, non-working days, lunar dates.
 * Every bad parameter is answered with 400 problem JSON naming it.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working-time clock: legal deadlines in working days and hours")
class CalendarApi {

    /** A '+' sent unencoded in a query string arrives as a space: "2026-01-05T08:00:00 07:00". */
    private static final Pattern UNENCODED_PLUS = Pattern.compile(" (\\d{2}(:?\\d{2})?)$");

    private final WorkingCalendars calendars;
    private final LunarCalendar lunar = LunarCalendar.vietnamese();

    CalendarApi(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    record Due(String due) {
    }

    record Day(String date, String kind, String name, String status) {
    }

    record Lunar(int day, int month, int year, boolean leap) {
    }

    @GetMapping("/due")
    @Operation(summary = "The due instant of an allowance counted from a start instant",
            description = "WORKING_DAYS count 8 working hours per day from the start instant; CALENDAR_DAYS end "
                    + "at the close of the last day, moved to the next working day when that day is off.")
    Due due(@Parameter(description = "ISO-8601 instant with offset, e.g. 2026-03-02T15:30:00+07:00")
            @RequestParam String start,
            @Parameter(description = "Whole number of units, 0 or more") @RequestParam String amount,
            @Parameter(description = "WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS") @RequestParam String unit,
            @Parameter(description = "Agency identifier code; default: the province's hours")
            @RequestParam(required = false) @Nullable String agency,
            @Parameter(description = "Procedure cut-off time HH:mm: received after it counts from the next "
                    + "working day") @RequestParam(required = false) @Nullable String cutoff) {
        Instant from = parseStart(start);
        Allowance allowance = new Allowance(parseAmount(amount), parseUnit(unit));
        WorkingCalendar calendar = calendarOf(agency);
        OffsetDateTime due = cutoff == null
                ? calendar.due(from, allowance)
                : calendar.due(from, allowance, parseCutoff(cutoff));
        return new Due(due.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @GetMapping("/non-working-days")
    @Operation(summary = "The non-working days of a year: weekends, holidays, compensatory days, days off")
    List<Day> nonWorkingDays(@Parameter(description = "Year, 1900–2100") @RequestParam String year,
            @RequestParam(required = false) @Nullable String agency) {
        int y = parseInt(year, "year");
        WorkingCalendar calendar = calendarOf(agency);
        return calendar.nonWorkingDays(y).stream()
                .map(day -> new Day(day.date().toString(), day.kind().name(), day.name(), day.status().name()))
                .toList();
    }

    @GetMapping("/lunar")
    @Operation(summary = "The Vietnamese lunar date (computed for UTC+7) of a solar date")
    Lunar lunar(@Parameter(description = "yyyy-MM-dd") @RequestParam String date) {
        LocalDate solar;
        try {
            solar = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestParameter("date", "'date' must be a date as yyyy-MM-dd");
        }
        LunarDate converted = lunar.toLunar(solar);
        return new Lunar(converted.day(), converted.month(), converted.year(), converted.leap());
    }

    private WorkingCalendar calendarOf(@Nullable String agency) {
        if (agency == null) {
            return calendars.province();
        }
        return calendars.findForAgency(agency.trim())
                .orElseThrow(() -> new InvalidRequestParameter("agency", "no agency with the code '" + agency
                        + "' is known to the calendar"));
    }

    private static Instant parseStart(String start) {
        String text = UNENCODED_PLUS.matcher(start.trim()).replaceFirst("+$1");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestParameter("start",
                    "'start' must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T08:00:00+07:00");
        }
    }

    private static int parseAmount(String amount) {
        return parseInt(amount, "amount");
    }

    private static int parseInt(String value, String parameter) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestParameter(parameter, "'" + parameter + "' must be a whole number");
        }
    }

    private static DurationUnit parseUnit(String unit) {
        try {
            return DurationUnit.valueOf(unit.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestParameter("unit", "'unit' must be WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS");
        }
    }

    private static LocalTime parseCutoff(String cutoff) {
        try {
            return LocalTime.parse(cutoff.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestParameter("cutoff", "'cutoff' must be a time as HH:mm");
        }
    }
}
