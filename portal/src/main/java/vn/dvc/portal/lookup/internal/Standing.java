package vn.dvc.portal.lookup.internal;

import org.jspecify.annotations.Nullable;

/** Where a dossier stands against its appointment ("còn hạn / quá hạn"), as the look-up shows it. */
enum Standing {
    /** Open and the appointment has not passed (còn hạn). */
    WITHIN(true),
    /** Open and the appointment has passed (quá hạn). */
    OVERDUE(false),
    /** Waiting for the applicant's supplement: the clock is paused. */
    PAUSED(null),
    /** Processed before or at the appointment. */
    DONE_ON_TIME(true),
    /** Processed after the appointment. */
    DONE_LATE(false),
    /** No appointment applies (not received, withdrawn, stopped). */
    NOT_APPLICABLE(null);

    private final @Nullable Boolean withinAppointment;

    Standing(@Nullable Boolean withinAppointment) {
        this.withinAppointment = withinAppointment;
    }

    /** Whether it is (or was, when processed) within its appointment; null when that does not apply. */
    @Nullable Boolean withinAppointment() {
        return withinAppointment;
    }
}
