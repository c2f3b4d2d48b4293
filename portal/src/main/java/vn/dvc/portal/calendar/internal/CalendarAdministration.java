package vn.dvc.portal.calendar.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.CalendarOverride;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.CurrentActor;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The Centre's decisions on the calendar: add or remove a day off, declare a make-up working day, confirm
 * or replace the proposed placement of Tết and of the day beside 2/9. Only the Centre (role
 * {@code CENTRE}) and administrators may decide; every decision and every revocation is audited with its
 * legal reference, in the same transaction.
 */
@Service
public class CalendarAdministration {

    static final String CENTRE_ONLY = "hasAnyRole('CENTRE', 'ADMIN')";

    private final CalendarStore store;
    private final CalendarDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    CalendarAdministration(CalendarStore store, CalendarDirectory directory, AuditLog audit, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    List<RecordedOverride> decisions(int year) {
        return store.activeOverrides(year);
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public UUID decide(CalendarOverride override) {
        // Apply it to a copy first: a decision the calendar cannot apply is rejected before anything is stored.
        List<CalendarOverride> candidate = new java.util.ArrayList<>(store.activeOverrides());
        candidate.add(override);
        WorkingCalendar.of(directory.province().workingHours(), candidate).nonWorkingDays(override.year());

        UUID id = UUID.randomUUID();
        store.add(id, override, clock.instant(), CurrentActor.name());
        store.bumpRevision();
        audit.record("calendar.override.added", "calendar-override", id.toString(), details(override));
        directory.invalidate();
        return id;
    }

    @PreAuthorize(CENTRE_ONLY)
    @Transactional
    public void revoke(UUID id) {
        RecordedOverride decision = store.activeOverride(id)
                .orElseThrow(() -> new ResourceNotFound("no calendar decision " + id));
        store.revoke(id, clock.instant(), CurrentActor.name());
        store.bumpRevision();
        audit.record("calendar.override.revoked", "calendar-override", id.toString(), details(decision.override()));
        directory.invalidate();
    }

    private static Map<String, Object> details(CalendarOverride override) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", override.getClass().getSimpleName());
        details.put("year", override.year());
        switch (override) {
            case CalendarOverride.AddDayOff add -> {
                details.put("date", add.date().toString());
                details.put("name", add.name());
            }
            case CalendarOverride.RemoveDayOff remove -> details.put("date", remove.date().toString());
            case CalendarOverride.MakeUpWorkingDay makeUp -> details.put("date", makeUp.date().toString());
            case CalendarOverride.ConfirmPlacement confirm -> {
                details.put("holiday", confirm.holiday().name());
                details.put("dates", confirm.dates().stream().map(Object::toString).toList());
            }
        }
        details.put("legalReference", override.legalReference());
        details.put("reason", override.reason());
        return details;
    }
}
