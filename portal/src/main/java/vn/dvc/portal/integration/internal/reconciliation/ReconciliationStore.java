package vn.dvc.portal.integration.internal.reconciliation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconciliation reports (tables {@code integration_reconciliation*}, migration V20261208_1400) through plain
 * SQL with bound parameters only — never SQL built from values, the defect seen in other provinces' reconciliation.
 */
@Repository
class ReconciliationStore {

    public enum Origin { SCHEDULE, MANUAL }

    public enum State { RUNNING, DONE, FAILED }

    /** A report's header. */
    public record Report(UUID id, Origin origin, String startedBy, LocalDate from, LocalDate to, State state,
                  Instant startedAt, @Nullable Instant finishedAt, @Nullable String failure, int agencies, int ours,
                  int theirs, int differences, int lookups, int lookupsSkipped) {

        public boolean running() {
            return state == State.RUNNING;
        }

        public boolean done() {
            return state == State.DONE;
        }

        /** Done with no differing dossier: "khớp". */
        public boolean matched() {
            return state == State.DONE && differences == 0;
        }
    }

    /** Thrown when a run is already under way (the one-running index). */
    static final class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("a reconciliation is already running");
        }
    }

    private final JdbcClient jdbc;

    ReconciliationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a new run as running; a run still marked running since before {@code staleBefore} (its node stopped)
     * is marked failed first.
     *
     * @throws AlreadyRunning when another run is under way
     */
    @Transactional
    void start(UUID id, Origin origin, String startedBy, Period period, Instant at, Instant staleBefore) {
        jdbc.sql("""
                        UPDATE integration_reconciliation SET state = 'FAILED', finished_at = :at,
                            failure = 'interrupted (the node running it stopped)'
                        WHERE state = 'RUNNING' AND started_at < :staleBefore""")
                .param("at", Timestamp.from(at)).param("staleBefore", Timestamp.from(staleBefore)).update();
        try {
            jdbc.sql("""
                            INSERT INTO integration_reconciliation (id, origin, started_by, period_from, period_to,
                                state, started_at)
                            VALUES (:id, :origin, :startedBy, :from, :to, 'RUNNING', :at)""")
                    .param("id", id).param("origin", origin.name()).param("startedBy", startedBy)
                    .param("from", period.from()).param("to", period.to()).param("at", Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new AlreadyRunning();
        }
    }

    /** Stores the outcome of a run: its header's totals, its cells and its differing dossiers. */
    @Transactional
    void finish(UUID id, Comparison.Outcome outcome, int agencies, int lookups, int lookupsSkipped, Instant at) {
        for (Comparison.Cell cell : outcome.cells()) {
            jdbc.sql("""
                            INSERT INTO integration_reconciliation_count (reconciliation_id, agency_code,
                                national_status, ours, theirs, matched)
                            VALUES (:id, :agency, :status, :ours, :theirs, :matched)""")
                    .param("id", id).param("agency", cell.agency()).param("status", cell.status())
                    .param("ours", cell.ours()).param("theirs", cell.theirs()).param("matched", cell.matched())
                    .update();
        }
        int position = 0;
        for (Comparison.Difference d : outcome.differences()) {
            jdbc.sql("""
                            INSERT INTO integration_reconciliation_difference (reconciliation_id, position,
                                dossier_code, kind, dossier_id, our_agency, their_agency, our_status, their_status,
                                our_received_on, their_received_on)
                            VALUES (:id, :position, :code, :kind, :dossierId, :ourAgency, :theirAgency, :ourStatus,
                                :theirStatus, :ourReceivedOn, :theirReceivedOn)""")
                    .param("id", id).param("position", ++position).param("code", d.code())
                    .param("kind", d.kind().name()).param("dossierId", d.dossierId())
                    .param("ourAgency", d.ourAgency()).param("theirAgency", d.theirAgency())
                    .param("ourStatus", d.ourStatus()).param("theirStatus", d.theirStatus())
                    .param("ourReceivedOn", d.ourReceivedOn()).param("theirReceivedOn", d.theirReceivedOn())
                    .update();
        }
        jdbc.sql("""
                        UPDATE integration_reconciliation SET state = 'DONE', finished_at = :at, agencies = :agencies,
                            ours = :ours, theirs = :theirs, differences = :differences, lookups = :lookups,
                            lookups_skipped = :skipped
                        WHERE id = :id AND state = 'RUNNING'""")
                .param("id", id).param("at", Timestamp.from(at)).param("agencies", agencies)
                .param("ours", outcome.ours()).param("theirs", outcome.theirs())
                .param("differences", outcome.differences().size()).param("lookups", lookups)
                .param("skipped", lookupsSkipped).update();
    }

    void fail(UUID id, String failure, Instant at) {
        String text = failure.isBlank() ? "failed" : failure;
        jdbc.sql("""
                        UPDATE integration_reconciliation SET state = 'FAILED', finished_at = :at, failure = :failure
                        WHERE id = :id AND state = 'RUNNING'""")
                .param("id", id).param("at", Timestamp.from(at))
                .param("failure", text.length() > 1000 ? text.substring(0, 1000) : text).update();
    }

    Optional<Report> find(UUID id) {
        return jdbc.sql("SELECT * FROM integration_reconciliation WHERE id = :id").param("id", id)
                .query(ReconciliationStore::report).optional();
    }

    /** The newest reports first. */
    List<Report> recent(int limit) {
        return jdbc.sql("SELECT * FROM integration_reconciliation ORDER BY started_at DESC, id LIMIT :limit")
                .param("limit", limit).query(ReconciliationStore::report).list();
    }

    List<Comparison.Cell> cells(UUID id) {
        return jdbc.sql("""
                        SELECT agency_code, national_status, ours, theirs, matched
                        FROM integration_reconciliation_count WHERE reconciliation_id = :id
                        ORDER BY agency_code, national_status""")
                .param("id", id)
                .query((rs, n) -> new Comparison.Cell(rs.getString("agency_code"), rs.getInt("national_status"),
                        rs.getInt("ours"), rs.getInt("theirs"), rs.getBoolean("matched")))
                .list();
    }

    List<Comparison.Difference> differences(UUID id) {
        return jdbc.sql("""
                        SELECT dossier_code, kind, dossier_id, our_agency, their_agency, our_status, their_status,
                            our_received_on, their_received_on
                        FROM integration_reconciliation_difference WHERE reconciliation_id = :id
                        ORDER BY position""")
                .param("id", id)
                .query((rs, n) -> new Comparison.Difference(rs.getString("dossier_code"),
                        Comparison.Kind.valueOf(rs.getString("kind")), rs.getObject("dossier_id", UUID.class),
                        rs.getString("our_agency"), rs.getString("their_agency"),
                        (Integer) rs.getObject("our_status", Integer.class),
                        (Integer) rs.getObject("their_status", Integer.class),
                        rs.getObject("our_received_on", LocalDate.class),
                        rs.getObject("their_received_on", LocalDate.class)))
                .list();
    }

    private static Report report(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Report(rs.getObject("id", UUID.class), Origin.valueOf(rs.getString("origin")),
                rs.getString("started_by"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), State.valueOf(rs.getString("state")),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("failure"), rs.getInt("agencies"), rs.getInt("ours"), rs.getInt("theirs"),
                rs.getInt("differences"), rs.getInt("lookups"), rs.getInt("lookups_skipped"));
    }
}
