package vn.dvc.portal.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.platform.PersonalDataProtection;

/**
 * The dossier's tables through plain SQL (only this module reads them). ID numbers go in as a keyed hash
 * (purpose {@value #ID_PURPOSE}), their last 4 digits and an AES-GCM ciphertext bound to the dossier id.
 */
@Repository
class DossierStore {

    static final String ID_PURPOSE = "dossier-applicant-id";
    private static final TypeReference<Map<String, String>> FORM = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> ITEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataProtection protection;
    private final HistoryChain chain;

    DossierStore(JdbcClient jdbc, JsonMapper json, PersonalDataProtection protection, HistoryChain chain) {
        this.jdbc = jdbc;
        this.json = json;
        this.protection = protection;
        this.chain = chain;
    }

    /**
     * Writes a new or changed dossier with its new history entries (optimistic: a concurrent change fails).
     *
     * @return the entries appended, in order
     */
    List<Appended> save(Dossier dossier) {
        if (dossier.isNew()) {
            insert(dossier);
        } else {
            update(dossier);
        }
        byte[] previous = lastHash(dossier.id());
        List<Appended> appended = new java.util.ArrayList<>();
        for (HistoryEntry entry : dossier.newHistory()) {
            Appended stored = appendHistory(dossier.id(), entry, previous);
            appended.add(stored);
            previous = stored.hash();
        }
        dossier.stored();
        return appended;
    }

    /** A history entry as appended: its sequence, instant (as stored) and hash. */
    record Appended(long sequence, Instant at, byte[] hash) {
    }

    private void insert(Dossier dossier) {
        Dossier.Particulars p = dossier.particulars();
        Applicant a = p.applicant();
        String id = a.idNumber();
        jdbc.sql("""
                        INSERT INTO dossier (id, code, procedure_code, procedure_version, procedure_name, case_code,
                            case_name, receiving_agency, competent_agency, channel, status, national_status,
                            applicant_kind, applicant_name, applicant_id_hash, applicant_id_last4, applicant_id_sealed,
                            applicant_address, applicant_phone, applicant_email, submitter_name, submitter_phone,
                            owner_account, summary, form_data, sets, fees_due_vnd, time_limit, submitted_at,
                            received_at, due_at, received_by, decided_at, decided_by, decision_reason, decision_items,
                            idempotency_key, external_id, created_at, row_version)
                        VALUES (:id, :code, :procedureCode, :procedureVersion, :procedureName, :caseCode, :caseName,
                            :receivingAgency, :competentAgency, :channel, :status, :nationalStatus, :applicantKind,
                            :applicantName, :idHash, :idLast4, :idSealed, :address, :phone, :email, :submitterName,
                            :submitterPhone, :owner, :summary, :formData::jsonb, :sets, :fees, :timeLimit,
                            :submittedAt, :receivedAt, :dueAt, :receivedBy, :decidedAt, :decidedBy, :reason,
                            :items::jsonb, :idempotencyKey, :externalId, :createdAt, 1)""")
                .param("id", p.id()).param("code", dossier.code())
                .param("procedureCode", p.procedure().code()).param("procedureVersion", p.procedure().version())
                .param("procedureName", p.procedure().name()).param("caseCode", p.procedure().caseCode())
                .param("caseName", p.procedure().caseName()).param("receivingAgency", p.receivingAgency())
                .param("competentAgency", p.competentAgency()).param("channel", p.channel().code())
                .param("status", dossier.status().name()).param("nationalStatus", dossier.status().nationalCode())
                .param("applicantKind", a.kind().name()).param("applicantName", a.name())
                .param("idHash", id == null ? null : protection.matchingHash(ID_PURPOSE, id))
                .param("idLast4", id == null ? null : id.substring(Math.max(0, id.length() - 4)))
                .param("idSealed", id == null ? null : protection.encrypt(p.id().toString(), id))
                .param("address", a.address()).param("phone", a.phone()).param("email", a.email())
                .param("submitterName", a.submitterName()).param("submitterPhone", a.submitterPhone())
                .param("owner", p.ownerAccount()).param("summary", p.summary())
                .param("formData", json.writeValueAsString(p.formData())).param("sets", p.sets())
                .param("fees", p.feesDueVnd()).param("timeLimit", p.timeLimit())
                .param("submittedAt", ts(dossier.submittedAt())).param("receivedAt", ts(dossier.receivedAt()))
                .param("dueAt", ts(dossier.dueAt())).param("receivedBy", dossier.receivedBy())
                .param("decidedAt", dossier.decision() == null ? null : ts(dossier.decision().at()))
                .param("decidedBy", dossier.decision() == null ? null : dossier.decision().by())
                .param("reason", dossier.decision() == null ? null : dossier.decision().reason())
                .param("items", json.writeValueAsString(dossier.decision() == null ? List.of() : dossier.decision().items()))
                .param("idempotencyKey", p.idempotencyKey()).param("externalId", p.externalId())
                .param("createdAt", Timestamp.from(p.createdAt()))
                .update();
        int position = 0;
        for (ComponentLine line : p.components()) {
            jdbc.sql("""
                            INSERT INTO dossier_component (dossier_id, position, component_code, name, originals, copies,
                                required, provided)
                            VALUES (:id, :position, :code, :name, :originals, :copies, :required, :provided)""")
                    .param("id", p.id()).param("position", position++).param("code", line.code())
                    .param("name", line.name()).param("originals", line.originals()).param("copies", line.copies())
                    .param("required", line.required()).param("provided", line.provided()).update();
        }
    }

    private void update(Dossier dossier) {
        int updated = jdbc.sql("""
                        UPDATE dossier SET code = :code, status = :status, national_status = :nationalStatus,
                            submitted_at = :submittedAt, received_at = :receivedAt, due_at = :dueAt,
                            received_by = :receivedBy, decided_at = :decidedAt, decided_by = :decidedBy,
                            decision_reason = :reason, decision_items = :items::jsonb, row_version = row_version + 1
                        WHERE id = :id AND row_version = :version""")
                .param("id", dossier.id()).param("version", dossier.rowVersion()).param("code", dossier.code())
                .param("status", dossier.status().name()).param("nationalStatus", dossier.status().nationalCode())
                .param("submittedAt", ts(dossier.submittedAt())).param("receivedAt", ts(dossier.receivedAt()))
                .param("dueAt", ts(dossier.dueAt())).param("receivedBy", dossier.receivedBy())
                .param("decidedAt", dossier.decision() == null ? null : ts(dossier.decision().at()))
                .param("decidedBy", dossier.decision() == null ? null : dossier.decision().by())
                .param("reason", dossier.decision() == null ? null : dossier.decision().reason())
                .param("items", json.writeValueAsString(dossier.decision() == null ? List.of() : dossier.decision().items()))
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("dossier " + dossier.id() + " was changed concurrently");
        }
    }

    Optional<Dossier> find(UUID id) {
        return jdbc.sql("SELECT * FROM dossier WHERE id = :id").param("id", id).query(this::dossier).optional();
    }

    /** For update: locks the row until the transaction ends (the desk and the applicant act on it at once). */
    Optional<Dossier> lock(UUID id) {
        return jdbc.sql("SELECT * FROM dossier WHERE id = :id FOR UPDATE").param("id", id).query(this::dossier)
                .optional();
    }

    Optional<Dossier> findByCode(String code) {
        return jdbc.sql("SELECT * FROM dossier WHERE code = :code").param("code", code).query(this::dossier)
                .optional();
    }

    Optional<UUID> findByIdempotencyKey(String key) {
        return jdbc.sql("SELECT id FROM dossier WHERE idempotency_key = :key").param("key", key)
                .query(UUID.class).optional();
    }

    Optional<UUID> findByExternalId(String externalId) {
        return jdbc.sql("SELECT id FROM dossier WHERE external_id = :id").param("id", externalId)
                .query(UUID.class).optional();
    }

    /** The history in order, with each row's stored hash (the chain is checked by {@link HistoryChain}). */
    List<StoredEntry> history(UUID id) {
        return jdbc.sql("SELECT * FROM dossier_history WHERE dossier_id = :id ORDER BY id").param("id", id)
                .query((rs, n) -> new StoredEntry(new DossierHistoryEntry(rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")),
                        new HistoryDetail(rs.getString("note"), rs.getString("from_step"), rs.getString("to_step"),
                                rs.getString("agency_code"), rs.getString("attachment"),
                                rs.getBoolean("applicant_visible"), instant(rs, "new_due_at"))),
                        rs.getBytes("hash")))
                .list();
    }

    /** A stored history row and its hash (null for rows older than the chain). */
    record StoredEntry(DossierHistoryEntry entry, byte @Nullable [] hash) {

        String action() {
            return entry.action();
        }
    }

    private byte @Nullable [] lastHash(UUID dossierId) {
        return jdbc.sql("SELECT hash FROM dossier_history WHERE dossier_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", dossierId).query((rs, n) -> rs.getBytes("hash")).optional().orElse(null);
    }

    /** Appends one entry (the dossier row is locked or new, so entries of one dossier never interleave). */
    private Appended appendHistory(UUID dossierId, HistoryEntry entry, byte @Nullable [] previous) {
        long sequence = jdbc.sql("SELECT nextval(pg_get_serial_sequence('dossier_history', 'id'))")
                .query(Long.class).single();
        Instant at = entry.at().truncatedTo(ChronoUnit.MICROS);
        HistoryDetail d = entry.detail();
        HistoryDetail stored = new HistoryDetail(d.note(), d.fromStep(), d.toStep(), d.agencyCode(), d.attachment(),
                d.applicantVisible(), d.newDue() == null ? null : d.newDue().truncatedTo(ChronoUnit.MICROS));
        byte[] hash = chain.hash(previous, sequence, dossierId, at, entry.actor(), entry.action(), entry.from(),
                entry.to(), stored);
        jdbc.sql("""
                        INSERT INTO dossier_history (id, dossier_id, occurred_at, actor, action, from_status, to_status,
                            note, applicant_visible, from_step, to_step, agency_code, attachment, new_due_at, hash)
                        VALUES (:seq, :id, :at, :actor, :action, :from, :to, :note, :visible, :fromStep, :toStep,
                            :agency, :attachment, :newDue, :hash)""")
                .param("seq", sequence).param("id", dossierId).param("at", Timestamp.from(at))
                .param("actor", entry.actor()).param("action", entry.action())
                .param("from", entry.from() == null ? null : entry.from().name()).param("to", entry.to().name())
                .param("note", stored.note()).param("visible", stored.applicantVisible())
                .param("fromStep", stored.fromStep()).param("toStep", stored.toStep())
                .param("agency", stored.agencyCode()).param("attachment", stored.attachment())
                .param("newDue", ts(stored.newDue())).param("hash", hash).update();
        return new Appended(sequence, at, hash);
    }

    /** The dossiers in these states whose receiving agency is one of {@code agencies}, oldest first. */
    List<Dossier> queue(List<String> agencies, List<DossierStatus> states, int limit) {
        return jdbc.sql("""
                        SELECT * FROM dossier WHERE receiving_agency IN (:agencies) AND status IN (:states)
                        ORDER BY created_at LIMIT :limit""")
                .param("agencies", agencies).param("states", states.stream().map(Enum::name).toList())
                .param("limit", limit).query(this::dossier).list();
    }

    List<Dossier> ownedBy(UUID account, int limit) {
        return jdbc.sql("SELECT * FROM dossier WHERE owner_account = :account ORDER BY created_at DESC LIMIT :limit")
                .param("account", account).param("limit", limit).query(this::dossier).list();
    }

    private Dossier dossier(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        byte[] sealed = rs.getBytes("applicant_id_sealed");
        Applicant applicant = new Applicant(Applicant.Kind.valueOf(rs.getString("applicant_kind")),
                rs.getString("applicant_name"), sealed == null ? null : protection.decrypt(id.toString(), sealed),
                rs.getString("applicant_address"), rs.getString("applicant_phone"), rs.getString("applicant_email"),
                rs.getString("submitter_name"), rs.getString("submitter_phone"));
        Dossier.Particulars particulars = new Dossier.Particulars(id,
                new ProcedureRef(rs.getString("procedure_code"), rs.getInt("procedure_version"),
                        rs.getString("procedure_name"), rs.getString("case_code"), rs.getString("case_name")),
                rs.getString("receiving_agency"), rs.getString("competent_agency"),
                Channel.ofCode(rs.getInt("channel")), applicant, rs.getObject("owner_account", UUID.class),
                rs.getString("summary"), json.readValue(rs.getString("form_data"), FORM), rs.getInt("sets"),
                rs.getLong("fees_due_vnd"), rs.getString("time_limit"), components(id),
                rs.getString("idempotency_key"), rs.getString("external_id"),
                rs.getTimestamp("created_at").toInstant());
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Dossier.Decision decision = decidedAt == null ? null : new Dossier.Decision(decidedAt.toInstant(),
                rs.getString("decided_by"), rs.getString("decision_reason"),
                json.readValue(rs.getString("decision_items"), ITEMS));
        return Dossier.restore(particulars, DossierStatus.valueOf(rs.getString("status")), rs.getString("code"),
                instant(rs, "submitted_at"), instant(rs, "received_at"), instant(rs, "due_at"),
                rs.getString("received_by"), decision, rs.getInt("row_version"));
    }

    private List<ComponentLine> components(UUID id) {
        return jdbc.sql("SELECT * FROM dossier_component WHERE dossier_id = :id ORDER BY position").param("id", id)
                .query((rs, n) -> new ComponentLine(rs.getString("component_code"), rs.getString("name"),
                        rs.getInt("originals"), rs.getInt("copies"), rs.getBoolean("required"),
                        rs.getBoolean("provided")))
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
