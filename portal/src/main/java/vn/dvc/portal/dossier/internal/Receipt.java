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
        WorkingCalendar calendar = calendars.findForAgency(agency).orElseGet(calendars::province);
        Allowance allowance = terms.way().timeLimit();
        LocalTime cutoff = terms.procedure().cutoff();
        Instant due = (cutoff == null ? calendar.due(at, allowance) : calendar.due(at, allowance, cutoff)).toInstant();
        dossier.receive(codes.issue(agency, at), at, due, actor);
    }
}
