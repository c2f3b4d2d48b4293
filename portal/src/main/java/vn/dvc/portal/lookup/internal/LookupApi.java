package vn.dvc.portal.lookup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.RateLimitExceeded;
import vn.dvc.portal.platform.RateLimiter;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The public status API (LOOK-1), without sign-in: the code and how far its handling has come, nothing about
 * the applicant. A malformed code is 400, an unknown one 404 (both problem JSON, same work behind them); too
 * many look-ups from one client are 429 with {@code Retry-After}.
 */
@RestController
@Tag(name = "Look-up", description = "Public status of a dossier by its code (no personal data)")
class LookupApi {

    private final StatusLookup lookup;
    private final LookupThrottle throttle;
    private final NationalStatusNames names;

    LookupApi(StatusLookup lookup, LookupThrottle throttle, NationalStatusNames names) {
        this.lookup = lookup;
        this.throttle = throttle;
        this.names = names;
    }

    /**
     * @param withinAppointment   whether it is (or, once processed, was) within its appointment; null when that
     *                            does not apply
     * @param appointmentStanding ON_TIME, OVERDUE, PAUSED, DONE_EARLY, DONE_ON_TIME, DONE_LATE or NOT_APPLICABLE
     *                            (calendar.Standing; the public look-up gives no "due soon")
     */
    record StatusJson(String code, int nationalStatusCode, String nationalStatusName, @Nullable String receivedAt,
                      @Nullable String dueAt, @Nullable Boolean withinAppointment, String appointmentStanding) {
    }

    @GetMapping("/api/v1/dossiers/{code}/status")
    @Operation(summary = "The public status of a dossier by its code",
            description = "Only the code, the national status (code 1–10 and its official Vietnamese name), the "
                    + "instants of receipt and appointment (ISO 8601, +07:00) and whether it is within its "
                    + "appointment. 400 for a malformed code, 404 for an unknown one, 429 with Retry-After after "
                    + "DVC_LOOKUP_RATE_LIMIT look-ups per minute from one client.")
    StatusJson status(@Parameter(description = "The dossier code, e.g. 000.00.15.H63-261201-0007")
            @PathVariable String code, HttpServletRequest request) {
        RateLimiter.Decision decision = throttle.client(request);
        if (!decision.allowed()) {
            throw new RateLimitExceeded(decision);
        }
        return switch (lookup.lookup(code)) {
            case StatusLookup.Malformed ignored -> throw new InvalidRequestParameter("code",
                    "A dossier code looks like 000.00.15.H63-261201-0007.");
            case StatusLookup.Unknown ignored -> throw new ResourceNotFound("No dossier has this code.");
            case StatusLookup.Found found -> json(found.status());
        };
    }

    private StatusJson json(PublicStatus s) {
        return new StatusJson(s.code(), s.nationalStatusCode(), names.vietnamese(s.nationalStatusCode()),
                iso(s.receivedAt()), iso(s.dueAt()), s.standing().withinDeadline(), s.standing().name());
    }

    static @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null
                : PortalTime.ISO.format(instant);
    }
}
