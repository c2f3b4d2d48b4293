package vn.dvc.portal.calendar;

import java.time.Duration;
import java.time.LocalTime;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/**
 * One stretch of opening hours within a day, from {@code start} (inclusive) to {@code end} (exclusive),
 * local time in Asia/Ho_Chi_Minh. Example: 07:30–11:30.
 */
public record WorkingInterval(LocalTime start, LocalTime end) {

    public WorkingInterval {
        RefusedInput.require(start, "start");
        RefusedInput.require(end, "end");
        if (!start.isBefore(end)) {
            throw new InvalidRequestParameter("end", "a working interval must end after it starts: " + start + "–" + end);
        }
    }

    /** Parses {@code "07:30-11:30"} (a hyphen or an en dash between the two times). */
    public static WorkingInterval parse(String text) {
        String[] parts = text.trim().split("[-–]");
        if (parts.length != 2) {
            throw new InvalidRequestParameter("interval", "expected HH:mm-HH:mm, got '" + text + "'");
        }
        try {
            return new WorkingInterval(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestParameter("interval", "expected HH:mm-HH:mm, got '" + text + "'");
        }
    }

    /** How long the interval lasts. */
    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
