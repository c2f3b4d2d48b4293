package vn.dvc.portal.integration.internal.inbound;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per month whose ratings summary goes to the National Portal ({@code integration_ratings_month}): PENDING
 * until sent (SENT), found empty (NOTHING: no rating that month, nothing sent) or refused for good (REFUSED). The
 * row is locked while its month is sent, so two nodes never send one month.
 */
@Repository
class RatingsMonths {

    /** A month's row. */
    record Month(YearMonth month, String status, @Nullable Integer lines, int attempts, Instant nextAttemptAt,
                 @Nullable Instant sentAt, @Nullable String lastError) {

        boolean done() {
            return !status.equals("PENDING");
        }
    }

    private final JdbcClient jdbc;

    RatingsMonths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the month as PENDING unless it is there already. */
    void open(YearMonth month, Instant now) {
        jdbc.sql("""
                        INSERT INTO integration_ratings_month (month, status, next_attempt_at, created_at)
                        VALUES (:month, 'PENDING', :now, :now) ON CONFLICT (month) DO NOTHING""")
                .param("month", month.atDay(1)).param("now", Timestamp.from(now)).update();
    }

    /** The month's row, locked until the transaction ends. */
    Optional<Month> lock(YearMonth month) {
        return jdbc.sql("SELECT * FROM integration_ratings_month WHERE month = :month FOR UPDATE")
                .param("month", month.atDay(1)).query(RatingsMonths::month).optional();
    }

    /** Pending months whose next attempt is due, oldest first. */
    List<YearMonth> due(Instant now) {
        return jdbc.sql("""
                        SELECT month FROM integration_ratings_month WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY month""")
                .param("now", Timestamp.from(now)).query((rs, n) -> YearMonth.from(rs.getObject(1, LocalDate.class)))
                .list();
    }

    /** Every month, newest first (the Centre's view). */
    List<Month> all(int limit) {
        return jdbc.sql("SELECT * FROM integration_ratings_month ORDER BY month DESC LIMIT :limit")
                .param("limit", limit).query(RatingsMonths::month).list();
    }

    void finish(YearMonth month, String status, int lines, int attempts, @Nullable Instant sentAt,
            @Nullable String error) {
        jdbc.sql("""
                        UPDATE integration_ratings_month SET status = :status, lines = :lines, attempts = :attempts,
                            sent_at = :sent, last_error = :error WHERE month = :month""")
                .param("month", month.atDay(1)).param("status", status).param("lines", lines)
                .param("attempts", attempts).param("sent", sentAt == null ? null : Timestamp.from(sentAt))
                .param("error", error).update();
    }

    void retry(YearMonth month, int attempts, String error, Instant next) {
        jdbc.sql("""
                        UPDATE integration_ratings_month SET attempts = :attempts, last_error = :error,
                            next_attempt_at = :next WHERE month = :month""")
                .param("month", month.atDay(1)).param("attempts", attempts).param("error", error)
                .param("next", Timestamp.from(next)).update();
    }

    private static Month month(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Month(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getString("status"),
                (Integer) rs.getObject("lines"), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                sent == null ? null : sent.toInstant(), rs.getString("last_error"));
    }
}
