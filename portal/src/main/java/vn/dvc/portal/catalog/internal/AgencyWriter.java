package vn.dvc.portal.catalog.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.WorkingCalendars;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencyLevel;
import vn.dvc.portal.platform.AuditLog;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Saves checked agencies: the row, the agency's schedule in the calendar and the audit entry, in one
 * transaction. Not guarded by role itself: the Centre's pages go through {@link AgencyAdministration}, data
 * files through the importer.
 */
@Service
class AgencyWriter {

    /** What a save did. */
    enum Outcome { ADDED, CHANGED, UNCHANGED }

    /** Whether the code must be new, must exist, or either (a data file). */
    enum Mode { CREATE, UPDATE, UPSERT }

    private final AgencyStore store;
    private final WorkingCalendars calendars;
    private final AuditLog audit;
    private final Clock clock;

    AgencyWriter(AgencyStore store, WorkingCalendars calendars, AuditLog audit, Clock clock) {
        this.store = store;
        this.calendars = calendars;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Outcome save(AgencyDraft draft, Mode mode) {
        Agency agency = draft.check(context());
        Optional<Agency> existing = store.find(agency.code());
        if (mode == Mode.CREATE && existing.isPresent()) {
            throw new RefusedInput(List.of(FormError.of("code", "catalog.agency.error.code.taken")));
        }
        if (mode == Mode.UPDATE && existing.isEmpty()) {
            throw new RefusedInput(List.of(FormError.of("code", "catalog.agency.error.code.unknown")));
        }
        if (existing.isPresent() && existing.get().equals(agency)) {
            return Outcome.UNCHANGED;
        }
        store.save(agency, clock.instant());
        try {
            calendars.assignSchedule(agency.code(), agency.scheduleCode());
        } catch (RefusedInput e) {
            throw new RefusedInput(List.of(FormError.of("scheduleCode", "catalog.agency.error.schedule")));
        }
        audit.record(existing.isPresent() ? "catalog.agency.changed" : "catalog.agency.added", "agency",
                agency.code(), details(existing.orElse(null), agency));
        return existing.isPresent() ? Outcome.CHANGED : Outcome.ADDED;
    }

    AgencyDraft.Context context() {
        return new AgencyDraft.Context() {
            private final List<AgencyLevel> levels = store.levels();

            @Override
            public @Nullable AgencyLevel level(String code) {
                return levels.stream().filter(level -> level.code().equals(code)).findFirst().orElse(null);
            }

            @Override
            public boolean exists(String agencyCode) {
                return store.find(agencyCode).isPresent();
            }

            @Override
            public boolean isWithin(String candidate, String code) {
                return store.ancestry(candidate).stream().anyMatch(a -> a.code().equals(code));
            }
        };
    }

    /** The fields that changed, old and new (agency data is public, not personal data). */
    static Map<String, Object> details(@Nullable Agency before, Agency after) {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, @Nullable Object> now = fields(after);
        Map<String, @Nullable Object> was = before == null ? Map.of() : fields(before);
        now.forEach((field, value) -> {
            Object old = was.get(field);
            if (before == null || !java.util.Objects.equals(old, value)) {
                details.put(field, before == null ? String.valueOf(value)
                        : Map.of("old", String.valueOf(old), "new", String.valueOf(value)));
            }
        });
        return details;
    }

    private static Map<String, @Nullable Object> fields(Agency agency) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("name", agency.name());
        fields.put("shortName", agency.shortName());
        fields.put("level", agency.level().code());
        fields.put("parentCode", agency.parentCode());
        fields.put("address", agency.address());
        fields.put("phone", agency.phone());
        fields.put("email", agency.email());
        fields.put("scheduleCode", agency.scheduleCode());
        fields.put("receivingPoint", agency.receivingPoint());
        fields.put("qaContact", agency.qaContact() == null ? null : agency.qaContact().title());
        fields.put("validFrom", agency.validFrom());
        fields.put("validTo", agency.validTo());
        fields.put("successorCode", agency.successorCode());
        return fields;
    }
}
