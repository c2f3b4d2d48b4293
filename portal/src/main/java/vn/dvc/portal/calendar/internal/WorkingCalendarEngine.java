package vn.dvc.portal.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.calendar.CalendarOverride;
import vn.dvc.portal.calendar.DurationUnit;
import vn.dvc.portal.calendar.LunarCalendar;
import vn.dvc.portal.calendar.NonWorkingDay;
import vn.dvc.portal.calendar.Timeliness;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingHours;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The working-time engine. Time is measured as a position: the working time elapsed since 1 January
 * of a year. A due instant is found by adding the allowance to the start's position and mapping the sum
 * back to a day (binary search over the year's cumulative table) and a time of day. Year tables are
 * built on first use and cached; the engine is immutable apart from that cache and thread-safe.
 */
public final class WorkingCalendarEngine implements WorkingCalendar {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final ZoneRules RULES = ZONE.getRules();
    private static final long FIRST_EPOCH_DAY = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
    private static final long LAST_EPOCH_DAY = LocalDate.of(MAX_YEAR, 12, 31).toEpochDay();

    private final WorkingHours hours;
    private final OpeningHours openingHours;
    private final DayOffPlanner planner;
    private final Map<Integer, List<CalendarOverride>> overridesByYear;
    private final AtomicReferenceArray<YearTable> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

    public WorkingCalendarEngine(WorkingHours hours, List<CalendarOverride> overrides, LunarCalendar lunar) {
        this.hours = RefusedInput.require(hours, "hours");
        RefusedInput.require(overrides, "overrides");
        this.openingHours = new OpeningHours(hours);
        this.planner = new DayOffPlanner(lunar);
        this.overridesByYear = List.copyOf(overrides).stream()
                .collect(Collectors.groupingBy(CalendarOverride::year, Collectors.toUnmodifiableList()));
    }

    @Override
    public OffsetDateTime due(Instant start, Allowance allowance) {
        RefusedInput.require(start, "start");
        RefusedInput.require(allowance, "allowance");
        Position from = locate(start, "start");
        if (allowance.unit() == DurationUnit.CALENDAR_DAYS) {
            return closeOfBusiness(resume(from, "start"), allowance.amount());
        }
        long nanos = allowance.workingTime().toNanos();
        return nanos == 0 ? resume(from, "start").toDateTime() : reach(from, nanos, "amount").toDateTime();
    }

    @Override
    public OffsetDateTime due(Instant start, Allowance allowance, LocalTime cutoff) {
        RefusedInput.require(start, "start");
        RefusedInput.require(cutoff, "cutoff");
        ZonedDateTime received = start.atZone(ZONE);
        Instant counted = received.toLocalTime().isAfter(cutoff)
                ? received.toLocalDate().plusDays(1).atStartOfDay(ZONE).toInstant()
                : start;
        return due(counted, allowance);
    }

    @Override
    public OffsetDateTime plusWorkingTime(Instant from, Duration workingTime) {
        RefusedInput.require(from, "from");
        RefusedInput.require(workingTime, "workingTime");
        if (workingTime.isNegative() || workingTime.compareTo(MAX_WORKING_TIME) > 0) {
            throw new InvalidRequestParameter("workingTime", "must be between 0 and " + MAX_WORKING_TIME
                    + ", got " + workingTime);
        }
        Position position = locate(from, "from");
        return workingTime.isZero() ? from.atZone(ZONE).toOffsetDateTime()
                : reach(position, workingTime.toNanos(), "workingTime").toDateTime();
    }

    @Override
    public OffsetDateTime nextWorkingInstant(Instant instant) {
        RefusedInput.require(instant, "instant");
        return resume(locate(instant, "instant"), "instant").toDateTime();
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        RefusedInput.require(from, "from");
        RefusedInput.require(to, "to");
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Position start = locate(from, "from");
        Position end = locate(to, "to");
        long nanos = end.position - start.position;
        for (int year = start.table.year; year < end.table.year; year++) {
            nanos += table(year).total();
        }
        return Duration.ofNanos(nanos);
    }

    @Override
    public Timeliness classify(Instant finished, Instant due) {
        return Timeliness.of(finished, due);
    }

    @Override
    public List<NonWorkingDay> nonWorkingDays(int year) {
        return table(checkedYear(year, "year")).nonWorkingDays();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        RefusedInput.require(date, "date");
        YearTable table = table(checkedYear(date.getYear(), "date"));
        return table.day((int) (date.toEpochDay() - table.firstEpochDay)).isOpen();
    }

    @Override
    public WorkingHours workingHours() {
        return hours;
    }

    /** A point in time as the working time elapsed in its year. */
    private record Position(YearTable table, long position) {
    }

    /** A point in time as day of a year table and time of day. */
    private record Moment(YearTable table, int day, long nanoOfDay) {

        OffsetDateTime toDateTime() {
            LocalDateTime local = LocalDateTime.of(LocalDate.ofEpochDay(table.firstEpochDay + day),
                    LocalTime.ofNanoOfDay(nanoOfDay));
            return ZonedDateTime.of(local, ZONE).toOffsetDateTime();
        }
    }

    private Position locate(Instant instant, String argument) {
        long localSeconds = instant.getEpochSecond() + RULES.getOffset(instant).getTotalSeconds();
        long epochDay = Math.floorDiv(localSeconds, SECONDS_PER_DAY);
        long nanoOfDay = Math.floorMod(localSeconds, SECONDS_PER_DAY) * NANOS_PER_SECOND + instant.getNano();
        int year = yearOf(epochDay, argument);
        YearTable table = table(year);
        return new Position(table, table.positionAt((int) (epochDay - table.firstEpochDay), nanoOfDay));
    }

    /** The earliest moment at which {@code nanos} (&gt; 0) of working time have elapsed after {@code from}. */
    private Moment reach(Position from, long nanos, String argument) {
        YearTable table = from.table;
        long goal = from.position + nanos;
        while (goal > table.total()) {
            goal -= table.total();
            table = following(table, argument);
        }
        int day = table.dayReaching(goal);
        return new Moment(table, day, table.day(day).reaching(goal - table.before(day)));
    }

    /** The moment at which work goes on from {@code from}: itself inside opening hours, else the next opening. */
    private Moment resume(Position from, String argument) {
        YearTable table = from.table;
        long position = from.position;
        while (position >= table.total()) {
            position -= table.total();
            table = following(table, argument);
        }
        int day = table.dayResuming(position);
        return new Moment(table, day, table.day(day).resuming(position - table.before(day)));
    }

    /** Closing time of the first working day on or after the day {@code days} after {@code start}'s day. */
    private OffsetDateTime closeOfBusiness(Moment start, int days) {
        long epochDay = start.table.firstEpochDay + start.day + days;
        YearTable table = table(yearOf(epochDay, "amount"));
        int day = (int) (epochDay - table.firstEpochDay);
        while (!table.day(day).isOpen()) {
            day++;
            if (day == table.length()) {
                table = following(table, "amount");
                day = 0;
            }
        }
        return new Moment(table, day, table.day(day).closing()).toDateTime();
    }

    private YearTable following(YearTable table, String argument) {
        if (table.year >= MAX_YEAR) {
            throw new InvalidRequestParameter(argument, "the result would fall after " + MAX_YEAR);
        }
        return table(table.year + 1);
    }

    private static int yearOf(long epochDay, String argument) {
        if (epochDay < FIRST_EPOCH_DAY || epochDay > LAST_EPOCH_DAY) {
            throw new InvalidRequestParameter(argument, "outside the supported years " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return LocalDate.ofEpochDay(epochDay).getYear();
    }

    private static int checkedYear(int year, String argument) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidRequestParameter(argument, "supported years are " + MIN_YEAR + "–" + MAX_YEAR
                    + ", got " + year);
        }
        return year;
    }

    private YearTable table(int year) {
        int slot = year - MIN_YEAR;
        YearTable table = years.get(slot);
        if (table == null) {
            DayOffPlan plan = planner.plan(year, overridesByYear.getOrDefault(year, List.of()));
            table = YearTable.build(year, openingHours, plan);
            if (!years.compareAndSet(slot, null, table)) {
                table = years.get(slot);
            }
        }
        return table;
    }
}
