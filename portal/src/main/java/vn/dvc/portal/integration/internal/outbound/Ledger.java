package vn.dvc.portal.integration.internal.outbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's table through plain SQL (only this module reads it). A dossier's messages are delivered in
 * {@code position} order: only the first message of a dossier that is not yet delivered — its <em>head</em> — may be
 * claimed, and only when due; a dead letter stays the head until it is replayed, so it holds back its dossier's later
 * messages. The messages behind a head <em>wait</em>: their {@code next_attempt_at} is {@code infinity} until the
 * message before them is delivered, so the claim's index holds heads only and a claim reads a few rows however long
 * the backlog (not one per waiting message). Writing a dossier's messages and passing its head on take the dossier's
 * advisory lock ({@link #lockDossier}), so a message written while the one before it is being delivered never waits
 * for ever. A claim ({@code FOR UPDATE SKIP LOCKED}, so several nodes share the work) counts the attempt, marks it
 * uncertain and leases the message until its outcome is written; a worker that stops mid-call leaves it uncertain,
 * and the next attempt looks up before it sends.
 */
@Repository
class Ledger {

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message to write. */
    record NewMessage(UUID dossierId, String dossierCode, long historySequence, String service, String agencyCode,
                      String payload, Instant eventAt) {
    }

    /**
     * Where a dossier's messages end: the last history entry they come from ({@link Long#MIN_VALUE} for none), the
     * last position, and whether a message is still to be delivered.
     */
    record Tail(UUID dossierId, long lastSequence, int lastPosition, boolean open) {
    }

    /**
     * The dossier's tail, under the dossier's advisory lock (held until the transaction ends), before its messages
     * are appended.
     */
    Tail tail(UUID dossierId) {
        lockDossier(dossierId);
        return jdbc.sql("""
                        SELECT coalesce(max(history_sequence), -9223372036854775808) AS sequence,
                               coalesce(max(position), 0) AS position,
                               coalesce(bool_or(state <> 'DELIVERED'), false) AS open
                        FROM integration_outbound_message WHERE dossier_id = :id""")
                .param("id", dossierId)
                .query((rs, n) -> new Tail(dossierId, rs.getLong("sequence"), rs.getInt("position"),
                        rs.getBoolean("open")))
                .single();
    }

    /**
     * Appends messages after the dossier's tail (in the caller's transaction, which holds the dossier's row lock and,
     * through {@link #tail}, its advisory lock): the first is due now if the dossier has no message still to
     * deliver, every other waits for the one before it.
     */
    void append(Tail tail, List<NewMessage> messages, Instant now) {
        int position = tail.lastPosition();
        boolean waiting = tail.open();
        for (NewMessage m : messages) {
            jdbc.sql("""
                            INSERT INTO integration_outbound_message (dossier_id, dossier_code, history_sequence, position,
                                service, agency_code, payload, event_at, created_at, next_attempt_at)
                            VALUES (:dossier, :code, :sequence, :position, :service, :agency, :payload::jsonb, :eventAt,
                                :now, CASE WHEN :waiting THEN 'infinity'::timestamptz ELSE :now END)""")
                    .param("dossier", m.dossierId()).param("code", m.dossierCode())
                    .param("sequence", m.historySequence()).param("position", ++position)
                    .param("service", m.service()).param("agency", m.agencyCode()).param("payload", m.payload())
                    .param("eventAt", Timestamp.from(m.eventAt())).param("now", Timestamp.from(now))
                    .param("waiting", waiting).update();
            waiting = true;
        }
    }

    /**
     * The dossier's advisory lock, until the transaction ends: taken where messages are written and where a head is
     * passed on, so the two never miss each other.
     */
    private void lockDossier(UUID dossierId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:space, hashtext(:dossier))").param("space", LOCK_SPACE)
                .param("dossier", dossierId.toString()).query((rs, n) -> 0).single();
    }

    /** The first key of the sync's advisory locks ("DVCQ"), apart from any other use of them. */
    static final int LOCK_SPACE = 0x44564351;

    /**
     * Claims up to {@code limit} due heads (one per dossier), oldest due first: each gets its attempt counted, is
     * marked uncertain and leased until {@code now + lease}. Returns them as they were before the claim, with the
     * attempt number of this attempt.
     */
    List<Claimed> claimDue(Instant now, int limit, Duration lease) {
        List<Claimed> heads = jdbc.sql("SELECT m.*, " + RECORD_KNOWN + """
                        FROM integration_outbound_message m
                        WHERE m.state = 'PENDING' AND m.next_attempt_at <= :now
                          AND NOT EXISTS (SELECT 1 FROM integration_outbound_message e
                                          WHERE e.dossier_id = m.dossier_id AND e.position < m.position
                                            AND e.state <> 'DELIVERED')
                        ORDER BY m.next_attempt_at, m.id
                        LIMIT :limit
                        FOR UPDATE OF m SKIP LOCKED""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(this::head).list();
        return heads.stream().map(h -> claim(h, now, lease)).toList();
    }

    /** Whether an earlier DongBoHoSoMC of the message's dossier was acknowledged (claims carry it). */
    private static final String RECORD_KNOWN = """
            EXISTS (SELECT 1 FROM integration_outbound_message r
                    WHERE r.dossier_id = m.dossier_id AND r.service = 'DongBoHoSoMC' AND r.state = 'DELIVERED'
                      AND r.position < m.position) AS record_known
            """;

    /**
     * Records a delivery and passes the dossier's head on: the next message stops waiting — claimed for the caller
     * ({@code carryOn}: the worker goes on with it) or due now for any worker. Empty when the claim was lost (another
     * worker claimed the message after its lease), the dossier has nothing more to deliver, or it is not carried on.
     *
     * @return the next message, claimed, when {@code carryOn}
     */
    Optional<Claimed> deliveredAndNext(Claimed claimed, Instant now, boolean byLookup, boolean carryOn,
            Duration lease) {
        UUID dossierId = claimed.message().dossierId();
        lockDossier(dossierId);
        if (!delivered(claimed, now, byLookup)) {
            return Optional.empty();
        }
        // the dossier's next message; the national side knows the dossier once a record of it was acknowledged
        boolean recordKnown = claimed.recordKnown() || claimed.message().service().equals(OutboundMessage.RECORD);
        Optional<Claimed> next = jdbc.sql("""
                        SELECT m.* FROM integration_outbound_message m
                        WHERE m.dossier_id = :dossier AND m.position > :position AND m.state <> 'DELIVERED'
                        ORDER BY m.position LIMIT 1
                        FOR UPDATE""")
                .param("dossier", dossierId).param("position", claimed.message().position())
                .query(this::message).optional()
                .filter(m -> m.state() == OutboundMessage.State.PENDING)
                .map(m -> new Claimed(m, m.attempts(), recordKnown));
        if (next.isEmpty()) {
            return Optional.empty();
        }
        boolean waiting = next.get().message().nextAttemptAt().isAfter(now);
        boolean backingOff = waiting && next.get().message().attempts() > 0;
        if (carryOn && !backingOff) {
            return Optional.of(claim(next.get(), now, lease));
        }
        if (waiting && !backingOff) {
            jdbc.sql("UPDATE integration_outbound_message SET next_attempt_at = :now WHERE id = :id")
                    .param("id", next.get().message().id()).param("now", Timestamp.from(now)).update();
        }
        return Optional.empty();
    }

    private Claimed claim(Claimed head, Instant now, Duration lease) {
        OutboundMessage m = head.message();
        jdbc.sql("""
                        UPDATE integration_outbound_message
                        SET attempts = attempts + 1, uncertain = true, last_attempt_at = :now, next_attempt_at = :until
                        WHERE id = :id""")
                .param("id", m.id()).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(lease))).update();
        return new Claimed(m, m.attempts() + 1, head.recordKnown());
    }

    private Claimed head(ResultSet rs, int row) throws SQLException {
        OutboundMessage m = message(rs, row);
        return new Claimed(m, m.attempts(), rs.getBoolean("record_known"));
    }

    /**
     * A claimed message: as it was before the claim, the number of the attempt now running, and whether an earlier
     * record of its dossier was acknowledged (the national side knows the dossier).
     */
    record Claimed(OutboundMessage message, int attempt, boolean recordKnown) {

        /** Whether an earlier attempt may have taken effect. */
        boolean mayHaveTakenEffect() {
            return message.uncertain();
        }
    }

    /** The outcome of an attempt; false when the claim was lost (another worker claimed it after the lease). */
    private boolean delivered(Claimed claimed, Instant at, boolean byLookup) {
        return jdbc.sql("""
                        UPDATE integration_outbound_message
                        SET state = 'DELIVERED', delivered_at = :at, uncertain = false, confirmed_by_lookup = :lookup,
                            last_error = NULL, next_attempt_at = :at
                        WHERE id = :id AND attempts = :attempt AND state = 'PENDING'""")
                .param("id", claimed.message().id()).param("attempt", claimed.attempt())
                .param("at", Timestamp.from(at)).param("lookup", byLookup).update() == 1;
    }

    /** Gives a claim back unattempted: as it was before the claim, due now. */
    void release(Claimed claimed) {
        jdbc.sql("""
                        UPDATE integration_outbound_message
                        SET attempts = attempts - 1, uncertain = :uncertain, next_attempt_at = last_attempt_at
                        WHERE id = :id AND attempts = :attempt AND state = 'PENDING'""")
                .param("id", claimed.message().id()).param("attempt", claimed.attempt())
                .param("uncertain", claimed.message().uncertain()).update();
    }

    boolean retry(Claimed claimed, Instant at, Instant next, boolean uncertain, String error) {
        return jdbc.sql("""
                        UPDATE integration_outbound_message
                        SET next_attempt_at = :next, uncertain = :uncertain, last_error = :error, last_failed_at = :at
                        WHERE id = :id AND attempts = :attempt AND state = 'PENDING'""")
                .param("id", claimed.message().id()).param("attempt", claimed.attempt())
                .param("next", Timestamp.from(next)).param("uncertain", uncertain).param("error", cut(error))
                .param("at", Timestamp.from(at)).update() == 1;
    }

    boolean dead(Claimed claimed, Instant at, String reason) {
        return jdbc.sql("""
                        UPDATE integration_outbound_message
                        SET state = 'DEAD', dead_at = :at, uncertain = false, last_error = :error, last_failed_at = :at,
                            next_attempt_at = :at
                        WHERE id = :id AND attempts = :attempt AND state = 'PENDING'""")
                .param("id", claimed.message().id()).param("attempt", claimed.attempt())
                .param("error", cut(reason)).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The payloads of the dossier's delivered messages of a service (to count equal ones the national side holds). */
    List<String> deliveredPayloads(UUID dossierId, String service) {
        return jdbc.sql("""
                        SELECT payload::text FROM integration_outbound_message
                        WHERE dossier_id = :dossier AND service = :service AND state = 'DELIVERED' ORDER BY position""")
                .param("dossier", dossierId).param("service", service).query(String.class).list();
    }

    // --- the Centre's page ---------------------------------------------------------------------------------

    /** The figures of the Centre's page and the metrics. */
    record Backlog(long pending, @Nullable Instant oldestPending, long dead, long deliveredLastDay,
                   @Nullable Instant lastDelivered, @Nullable Instant lastFailed, long blockedByDead) {
    }

    /**
     * The gauges' figures only (pending, the oldest pending, dead): read every few seconds, so without the counts over
     * delivered messages.
     */
    Backlog gauges() {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE state = 'PENDING') AS pending,
                               min(created_at) FILTER (WHERE state = 'PENDING') AS oldest,
                               count(*) FILTER (WHERE state = 'DEAD') AS dead
                        FROM integration_outbound_message WHERE state <> 'DELIVERED'""")
                .query((rs, n) -> new Backlog(rs.getLong("pending"), instant(rs, "oldest"), rs.getLong("dead"), 0,
                        null, null, 0))
                .single();
    }

    /** Every figure of the Centre's page. */
    Backlog backlog(Instant now) {
        Backlog backlog = jdbc.sql("""
                        SELECT
                          (SELECT count(*) FROM integration_outbound_message WHERE state = 'PENDING') AS pending,
                          (SELECT min(created_at) FROM integration_outbound_message WHERE state = 'PENDING') AS oldest,
                          (SELECT count(*) FROM integration_outbound_message WHERE state = 'DEAD') AS dead,
                          (SELECT count(*) FROM integration_outbound_message
                             WHERE state = 'DELIVERED' AND delivered_at > :since) AS delivered,
                          (SELECT max(delivered_at) FROM integration_outbound_message WHERE state = 'DELIVERED') AS last_ok,
                          (SELECT max(last_failed_at) FROM integration_outbound_message
                             WHERE last_failed_at IS NOT NULL) AS last_failed""")
                .param("since", Timestamp.from(now.minus(Duration.ofDays(1))))
                .query((rs, n) -> new Backlog(rs.getLong("pending"), instant(rs, "oldest"), rs.getLong("dead"),
                        rs.getLong("delivered"), instant(rs, "last_ok"), instant(rs, "last_failed"), 0))
                .single();
        if (backlog.dead() == 0) {
            return backlog;
        }
        long blocked = jdbc.sql("""
                        SELECT count(*) FROM integration_outbound_message p WHERE p.state = 'PENDING'
                          AND EXISTS (SELECT 1 FROM integration_outbound_message d WHERE d.dossier_id = p.dossier_id
                                      AND d.state = 'DEAD' AND d.position < p.position)""")
                .query(Long.class).single();
        return new Backlog(backlog.pending(), backlog.oldestPending(), backlog.dead(), backlog.deliveredLastDay(),
                backlog.lastDelivered(), backlog.lastFailed(), blocked);
    }

    /** The dead letters, oldest first. */
    List<OutboundMessage> deadLetters(int limit) {
        return jdbc.sql("SELECT * FROM integration_outbound_message WHERE state = 'DEAD' ORDER BY dead_at, id LIMIT :limit")
                .param("limit", limit).query(this::message).list();
    }

    Optional<OutboundMessage> find(long id) {
        return jdbc.sql("SELECT * FROM integration_outbound_message WHERE id = :id").param("id", id)
                .query(this::message).optional();
    }

    /** Locks a message for a correction or a replay. */
    Optional<OutboundMessage> lock(long id) {
        return jdbc.sql("SELECT * FROM integration_outbound_message WHERE id = :id FOR UPDATE").param("id", id)
                .query(this::message).optional();
    }

    /** The dossier's messages in order. */
    List<OutboundMessage> ofDossier(UUID dossierId) {
        return jdbc.sql("SELECT * FROM integration_outbound_message WHERE dossier_id = :id ORDER BY position")
                .param("id", dossierId).query(this::message).list();
    }

    /** A dead letter with a corrected payload (the first payload kept), back to PENDING. */
    void correctAndReplay(long id, String payload, String by, Instant at) {
        jdbc.sql("""
                        UPDATE integration_outbound_message
                        SET original_payload = coalesce(original_payload, payload), payload = :payload::jsonb,
                            corrected_by = :by, corrected_at = :at, replayed_by = :by, replayed_at = :at,
                            state = 'PENDING', dead_at = NULL, uncertain = false, next_attempt_at = :at
                        WHERE id = :id AND state = 'DEAD'""")
                .param("id", id).param("payload", payload).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** A dead letter back to PENDING as it is. */
    void replay(long id, String by, Instant at) {
        jdbc.sql("""
                        UPDATE integration_outbound_message
                        SET replayed_by = :by, replayed_at = :at, state = 'PENDING', dead_at = NULL, uncertain = false,
                            next_attempt_at = :at
                        WHERE id = :id AND state = 'DEAD'""")
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).update();
    }

    private OutboundMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboundMessage(rs.getLong("id"), rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"), rs.getLong("history_sequence"), rs.getInt("position"),
                rs.getString("service"), rs.getString("agency_code"), rs.getString("payload"),
                OutboundMessage.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getBoolean("uncertain"), required(rs, "event_at"), required(rs, "created_at"),
                required(rs, "next_attempt_at"), instant(rs, "last_attempt_at"), rs.getString("last_error"),
                instant(rs, "delivered_at"), rs.getBoolean("confirmed_by_lookup"), instant(rs, "dead_at"),
                rs.getString("original_payload"), rs.getString("corrected_by"), instant(rs, "corrected_at"),
                rs.getString("replayed_by"), instant(rs, "replayed_at"));
    }

    private static String cut(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Instant required(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
