package vn.dvc.portal.lookup.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.calendar.Standing;

/**
 * Everything the public may know of a dossier (LOOK-1): its code and how far its handling has come. Nothing
 * about the applicant, ever: this record is the only shape any look-up channel renders.
 *
 * @param code               the dossier code
 * @param nationalStatusCode the national status code (1–10, REGULATORY-FACTS §8)
 * @param receivedAt         when it was received
 * @param dueAt              the appointment, null when none applies
 * @param standing           against the appointment
 */
record PublicStatus(String code, int nationalStatusCode, @Nullable Instant receivedAt, @Nullable Instant dueAt,
                    Standing standing) {
}
