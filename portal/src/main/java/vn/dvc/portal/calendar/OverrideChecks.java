package vn.dvc.portal.calendar;

import java.time.LocalDate;

/** Argument checks shared by the {@link CalendarOverride} records. */
final class OverrideChecks {

    private OverrideChecks() {
    }

    static void date(LocalDate date) {
        CalendarArgumentException.requireArgument(date, "date");
        year(date.getYear());
    }

    static void year(int year) {
        if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
            throw new CalendarArgumentException("year", "supported years are " + WorkingCalendar.MIN_YEAR
                    + "–" + WorkingCalendar.MAX_YEAR + ", got " + year);
        }
    }

    static void basis(String legalReference, String reason) {
        CalendarArgumentException.requireArgument(legalReference, "legalReference");
        CalendarArgumentException.requireArgument(reason, "reason");
        if (legalReference.isBlank()) {
            throw new CalendarArgumentException("legalReference", "an override needs its legal reference");
        }
    }
}
