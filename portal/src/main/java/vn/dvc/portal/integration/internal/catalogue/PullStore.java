package vn.dvc.portal.integration.internal.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.catalog.CatalogueImports;

/** The table {@code integration_catalogue_pull}: each run of the catalogue pull, as its page shows it. */
@Repository
class PullStore {

    /** Where a run is, or where it stopped. */
    enum Phase { SECTORS, AGENCIES, LIST, PROCEDURES, DONE }

    /** How a run ended (RUNNING while it goes). */
    enum Status { RUNNING, FINISHED, UNAVAILABLE, FAILED, INTERRUPTED }

    /**
     * One run.
     *
     * @param startedBy  the person's user name, or {@code system} for the scheduled run
     * @param listed     how many procedures the National Portal listed
     * @param fresh      how many of them were not fetched again, their freshness key unchanged
     * @param importId   the catalogue's import job of the fetched records
     */
    record Pull(UUID id, boolean full, String startedBy, Instant startedAt, @Nullable Instant finishedAt,
                Status status, Phase phase, @Nullable String failureKey, @Nullable String failure,
                CatalogueImports.@Nullable ListResult sectors, CatalogueImports.@Nullable ListResult agencies,
                @Nullable Integer listed, @Nullable Integer fresh, @Nullable UUID importId) {

        public boolean running() {
            return status == Status.RUNNING;
        }

        /** Whether the phase is done (the run got past it). */
        public boolean past(String phase) {
            return this.phase.ordinal() > Phase.valueOf(phase).ordinal();
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PullStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Ends as INTERRUPTED every run still marked RUNNING (its node stopped: the caller holds the lock, so none is
     * going on) and returns their import jobs.
     */
    List<UUID> interruptRunning(Instant at) {
        return jdbc.sql("""
                        UPDATE integration_catalogue_pull SET status = 'INTERRUPTED', finished_at = :at,
                            failure_key = 'integration.catalogue.failure.interrupted'
                        WHERE status = 'RUNNING' RETURNING import_id""")
                .param("at", Timestamp.from(at)).query((rs, n) -> rs.getObject("import_id", UUID.class)).list()
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    void insert(UUID id, boolean full, String startedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO integration_catalogue_pull (id, full_pull, started_by, started_at, status, phase)
                        VALUES (:id, :full, :by, :at, 'RUNNING', 'SECTORS')""")
                .param("id", id).param("full", full).param("by", startedBy).param("at", Timestamp.from(at)).update();
    }

    void sectors(UUID id, CatalogueImports.ListResult result) {
        jdbc.sql("UPDATE integration_catalogue_pull SET sectors = :r::jsonb, phase = 'AGENCIES' WHERE id = :id")
                .param("r", json.writeValueAsString(result)).param("id", id).update();
    }

    void agencies(UUID id, CatalogueImports.ListResult result) {
        jdbc.sql("UPDATE integration_catalogue_pull SET agencies = :r::jsonb, phase = 'LIST' WHERE id = :id")
                .param("r", json.writeValueAsString(result)).param("id", id).update();
    }

    void listed(UUID id, int listed, int fresh, UUID importId) {
        jdbc.sql("""
                        UPDATE integration_catalogue_pull SET listed = :listed, fresh = :fresh, import_id = :job,
                            phase = 'PROCEDURES' WHERE id = :id""")
                .param("listed", listed).param("fresh", fresh).param("job", importId).param("id", id).update();
    }

    void finish(UUID id, Status status, @Nullable String failureKey, @Nullable String failure, Instant at) {
        jdbc.sql("""
                        UPDATE integration_catalogue_pull SET status = :status, finished_at = :at,
                            failure_key = :key, failure = :failure,
                            phase = CASE WHEN :status = 'FINISHED' THEN 'DONE' ELSE phase END
                        WHERE id = :id AND status = 'RUNNING'""")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("key", failureKey)
                .param("failure", failure).param("id", id).update();
    }

    Optional<Pull> find(UUID id) {
        return jdbc.sql("SELECT * FROM integration_catalogue_pull WHERE id = :id").param("id", id)
                .query(this::pull).optional();
    }

    Optional<Pull> running() {
        return jdbc.sql("SELECT * FROM integration_catalogue_pull WHERE status = 'RUNNING'").query(this::pull)
                .optional();
    }

    List<Pull> recent(int limit) {
        return jdbc.sql("SELECT * FROM integration_catalogue_pull ORDER BY started_at DESC LIMIT :limit")
                .param("limit", limit).query(this::pull).list();
    }

    private Pull pull(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Pull(rs.getObject("id", UUID.class), rs.getBoolean("full_pull"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                Status.valueOf(rs.getString("status")), Phase.valueOf(rs.getString("phase")),
                rs.getString("failure_key"), rs.getString("failure"), list(rs.getString("sectors")),
                list(rs.getString("agencies")), (Integer) rs.getObject("listed"), (Integer) rs.getObject("fresh"),
                rs.getObject("import_id", UUID.class));
    }

    private CatalogueImports.@Nullable ListResult list(@Nullable String text) {
        return text == null ? null : json.readValue(text, CatalogueImports.ListResult.class);
    }
}
