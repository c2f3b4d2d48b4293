package vn.dvc.portal.dossier.internal;

import java.time.Instant;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.calendar.WorkingCalendars;

/**
 * The receiving step itself, shared by every channel: the code is issued in the caller's transaction and the
 * appointment comes from the receiving agency's working-time clock (the province's when the agency has no
 * schedule), with the procedure's cut-off time.
 */
@Component
class Receipt {

    private final DossierCodes codes;
    private final WorkingCalendars calendars;

    Receipt(DossierCodes codes, WorkingCalendars calendars) {
        this.codes = codes;
        this.calendars = calendars;
    }

    void receive(Dossier dossier, ProcedureTerms terms, Instant at, String actor) {
        String agency = dossier.particulars().receivingAgency();
        WorkingCalendar calendar = calendars.forAgency(agency);
        Allowance allowance = terms.way().timeLimit();
        LocalTime cutoff = terms.procedure().cutoff();
        Instant due = (cutoff == null ? calendar.due(at, allowance) : calendar.due(at, allowance, cutoff)).toInstant();
        if (allowance.amount() == 0 && allowance.unit() != vn.dvc.portal.calendar.DurationUnit.CALENDAR_DAYS) {
            due = closeOfDay(calendar, due);
        }
        dossier.receive(codes.issue(agency, at), at, due, actor);
    }

    /**
     * A same-day procedure ("trong ngày", 0 working days) is due when the working day it starts counting on closes:
     * the clock gives the first working instant (after the cut-off, the next working day's opening), and the
     * appointment is the end of that day's opening hours.
     */
    static Instant closeOfDay(WorkingCalendar calendar, Instant start) {
        Instant nextMidnight = start.atZone(WorkingCalendar.ZONE).toLocalDate().plusDays(1)
                .atStartOfDay(WorkingCalendar.ZONE).toInstant();
        return calendar.plusWorkingTime(start, calendar.workingTimeBetween(start, nextMidnight)).toInstant();
    }
}
