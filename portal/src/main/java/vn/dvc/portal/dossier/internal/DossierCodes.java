package vn.dvc.portal.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.calendar.WorkingCalendar;

/**
 * Issues dossier codes {@code <receiving agency code>-<yyMMdd>-<NNNN>} (REGULATORY-FACTS §1), e.g.
 * {@code 000.00.15.H63-261128-0007}: one counter per agency per day of receipt (Asia/Ho_Chi_Minh) in
 * PostgreSQL, incremented by {@code INSERT … ON CONFLICT … DO UPDATE … RETURNING} inside the receiving
 * transaction. PostgreSQL holds the counter row's lock until that transaction ends, so concurrent receptions
 * on any number of nodes get consecutive, distinct numbers, and a reception that rolls back gives its number
 * back (no gap). After 9,999 in one day the sequence simply goes on with more digits ({@code …-10000}); the
 * code's pattern allows 4 or more digits.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    static final Pattern CODE = Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}-[0-9]{6}-[0-9]{4,}");

    private final JdbcClient jdbc;

    DossierCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next code of {@code agencyCode} for the day of {@code receivedAt}; must run in the receiving transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(String agencyCode, Instant receivedAt) {
        LocalDate day = receivedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        int sequence = jdbc.sql("""
                        INSERT INTO dossier_code_counter (agency_code, day, last_value) VALUES (:agency, :day, 1)
                        ON CONFLICT (agency_code, day) DO UPDATE SET last_value = dossier_code_counter.last_value + 1
                        RETURNING last_value""")
                .param("agency", agencyCode).param("day", day).query(Integer.class).single();
        return format(agencyCode, day, sequence);
    }

    static String format(String agencyCode, LocalDate day, int sequence) {
        return agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
    }
}
