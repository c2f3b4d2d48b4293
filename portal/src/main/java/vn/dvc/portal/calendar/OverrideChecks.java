package vn.dvc.portal.calendar;

import java.time.LocalDate;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;

/** Argument checks shared by the {@link CalendarOverride} records. */
final class OverrideChecks {

    private OverrideChecks() {
    }

    static void date(LocalDate date) {
        RefusedInput.require(date, "date");
        year(date.getYear());
    }

    static void year(int year) {
        if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
            throw new InvalidRequestParameter("year", "supported years are " + WorkingCalendar.MIN_YEAR
                    + "–" + WorkingCalendar.MAX_YEAR + ", got " + year);
        }
    }

    static void basis(String legalReference, String reason) {
        RefusedInput.require(legalReference, "legalReference");
        RefusedInput.require(reason, "reason");
        if (legalReference.isBlank()) {
            throw new InvalidRequestParameter("legalReference", "an override needs its legal reference");
        }
    }
}
