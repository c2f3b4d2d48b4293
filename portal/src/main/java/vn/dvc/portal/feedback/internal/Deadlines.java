package vn.dvc.portal.feedback.internal;

import org.springframework.stereotype.Component;
import vn.dvc.portal.calendar.WorkingCalendars;

/** The {@link HandlingClock} as the calendar module gives it today: the Centre's and each agency's calendar. */
@Component
class Deadlines {

    private final WorkingCalendars calendars;
    private final FeedbackProperties properties;

    Deadlines(WorkingCalendars calendars, FeedbackProperties properties) {
        this.calendars = calendars;
        this.properties = properties;
    }

    HandlingClock clock() {
        return new HandlingClock(
                calendars.forAgency(properties.centreAgencyCode()),
                calendars::forAgency);
    }
}
