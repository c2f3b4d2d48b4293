package vn.dvc.portal.calendar;

import java.util.Optional;
import vn.dvc.portal.platform.InvalidRequestParameter;

/**
 * Where other modules get a {@link WorkingCalendar}: the province's default one, or the one of an agency,
 * built from the agency's opening-hours schedule and the Centre's decisions (days off, make-up working
 * days, confirmed holiday placements). Every deadline in the product comes from here.
 */
public interface WorkingCalendars {

    /** The calendar of the province's default opening hours. */
    WorkingCalendar province();

    /** The calendar of an agency, if the agency has been given a schedule. */
    Optional<WorkingCalendar> findForAgency(String agencyCode);

    /** The calendar an agency's deadlines are counted on: its own, or the province's when it has none. */
    default WorkingCalendar forAgency(String agencyCode) {
        return findForAgency(agencyCode).orElseGet(this::province);
    }

    /**
     * Gives an agency its opening-hours schedule (the catalogue calls this when it creates or changes an
     * agency).
     *
     * @throws InvalidRequestParameter naming "scheduleCode" if no such schedule exists
     */
    void assignSchedule(String agencyCode, String scheduleCode);
}
