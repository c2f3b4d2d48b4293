package vn.dvc.portal.calendar.internal;

import java.time.Instant;
import java.util.UUID;
import vn.dvc.portal.calendar.CalendarOverride;

/** A Centre decision as stored: who made it and when. */
record RecordedOverride(UUID id, CalendarOverride override, Instant createdAt, String createdBy) {
}
