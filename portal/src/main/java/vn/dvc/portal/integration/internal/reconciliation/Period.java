package vn.dvc.portal.integration.internal.reconciliation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days whose received dossiers a reconciliation compares, both ends included, as dates in Asia/Ho_Chi_Minh
 * (the National Portal's {@code NgayTiepNhan} is a local time). At most {@value #MAX_DAYS} days.
 */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " – " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a period of more than " + MAX_DAYS + " days: " + from + " – " + to);
        }
    }

    /** The last {@code days} days up to {@code today}, today included. */
    static Period lastDays(LocalDate today, int days) {
        return new Period(today.minusDays(days - 1L), today);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
