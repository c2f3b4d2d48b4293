package vn.dvc.portal.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.CalendarOverride;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * The working calendars of the province and its agencies, built once from the stored schedules and
 * overrides and kept in memory. Every change bumps {@code calendar_revision} in its transaction; a node
 * compares the revision at most every {@link #RECHECK} and rebuilds when it moved, so on several nodes a
 * change is seen everywhere within that time, and at once on the node that made it.
 */
@Service
class CalendarDirectory implements WorkingCalendars {

    static final Duration RECHECK = Duration.ofSeconds(5);

    /** An immutable view of the calendars at one revision. */
    record Snapshot(long revision, Map<String, WorkingCalendar> bySchedule, String defaultSchedule,
                    Map<String, String> agencySchedules, long checkedAtNanos) {
    }

    private final CalendarStore store;
    private final Clock clock;
    private volatile Snapshot snapshot;

    CalendarDirectory(CalendarStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public WorkingCalendar province() {
        Snapshot current = current();
        return current.bySchedule().get(current.defaultSchedule());
    }

    @Override
    public Optional<WorkingCalendar> findForAgency(String agencyCode) {
        Snapshot current = current();
        return Optional.ofNullable(current.agencySchedules().get(agencyCode)).map(current.bySchedule()::get);
    }

    @Override
    @Transactional
    public void assignSchedule(String agencyCode, String scheduleCode) {
        RefusedInput.require(agencyCode, "agencyCode");
        if (!store.scheduleExists(scheduleCode)) {
            throw new InvalidRequestParameter("scheduleCode", "no schedule '" + scheduleCode + "'");
        }
        store.assign(agencyCode, scheduleCode, clock.instant());
        store.bumpRevision();
        invalidate();
    }

    /** The calendars of every schedule (for the year view). */
    Map<String, WorkingCalendar> bySchedule() {
        return current().bySchedule();
    }

    /** Forget the cached calendars; the next call rebuilds them. */
    void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAtNanos() < RECHECK.toNanos()) {
            return current;
        }
        long revision = store.revision();
        if (current != null && current.revision() == revision) {
            current = new Snapshot(revision, current.bySchedule(), current.defaultSchedule(),
                    current.agencySchedules(), now);
        } else {
            current = build(revision, now);
        }
        snapshot = current;
        return current;
    }

    private Snapshot build(long revision, long now) {
        List<CalendarOverride> overrides = store.activeOverrides();
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        String defaultSchedule = null;
        for (CalendarStore.Schedule schedule : store.schedules().values()) {
            calendars.put(schedule.code(), WorkingCalendar.of(schedule.hours(), overrides));
            if (schedule.isDefault()) {
                defaultSchedule = schedule.code();
            }
        }
        if (defaultSchedule == null) {
            throw new IllegalStateException("no default schedule in calendar_schedule");
        }
        return new Snapshot(revision, Map.copyOf(calendars), defaultSchedule, Map.copyOf(store.agencySchedules()),
                now);
    }
}
