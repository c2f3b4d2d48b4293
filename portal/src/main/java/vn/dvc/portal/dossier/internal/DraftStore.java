package vn.dvc.portal.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.PersonalDataProtection;

/** Drafts and their files (the ID number sealed with the draft's id as context). */
@Repository
class DraftStore {

    private static final TypeReference<Map<String, String>> FORM = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataProtection protection;

    DraftStore(JdbcClient jdbc, JsonMapper json, PersonalDataProtection protection) {
        this.jdbc = jdbc;
        this.json = json;
        this.protection = protection;
    }

    void insert(Draft d) {
        jdbc.sql("""
                        INSERT INTO dossier_draft (id, account_id, procedure_code, procedure_version, case_code, form_data,
                            applicant_id_number_sealed, submission_token, created_at, updated_at)
                        VALUES (:id, :account, :code, :version, :case, :form::jsonb, :sealed, :token, :at, :at)""")
                .param("id", d.id()).param("account", d.accountId()).param("code", d.procedureCode())
                .param("version", d.procedureVersion()).param("case", d.caseCode())
                .param("form", json.writeValueAsString(d.formData())).param("sealed", seal(d.id(), d.idNumber()))
                .param("token", d.token()).param("at", Timestamp.from(d.createdAt())).update();
    }

    void updateForm(UUID id, Map<String, String> form, @Nullable String idNumber, Instant at) {
        jdbc.sql("""
                        UPDATE dossier_draft SET form_data = :form::jsonb, applicant_id_number_sealed = :sealed,
                            updated_at = :at WHERE id = :id""")
                .param("id", id).param("form", json.writeValueAsString(form)).param("sealed", seal(id, idNumber))
                .param("at", Timestamp.from(at)).update();
    }

    void putFile(UUID draftId, Draft.DraftFile f, Instant at) {
        jdbc.sql("DELETE FROM dossier_draft_file WHERE draft_id = :draft AND component_code = :component")
                .param("draft", draftId).param("component", f.componentCode()).update();
        jdbc.sql("""
                        INSERT INTO dossier_draft_file (id, draft_id, component_code, file_name, media_type, size_bytes,
                            sha256, storage_key, source_document, added_at)
                        VALUES (:id, :draft, :component, :name, :type, :size, :sha, :key, :source, :at)""")
                .param("id", f.id()).param("draft", draftId).param("component", f.componentCode())
                .param("name", f.fileName()).param("type", f.mediaType()).param("size", f.size())
                .param("sha", f.sha256()).param("key", f.storageKey()).param("source", f.sourceDocument())
                .param("at", Timestamp.from(at)).update();
        jdbc.sql("UPDATE dossier_draft SET updated_at = :at WHERE id = :id").param("id", draftId)
                .param("at", Timestamp.from(at)).update();
    }

    void markSubmitted(UUID draftId, UUID dossierId) {
        jdbc.sql("UPDATE dossier_draft SET submitted_dossier = :dossier WHERE id = :id").param("id", draftId)
                .param("dossier", dossierId).update();
    }

    Optional<Draft> find(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM dossier_draft WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id).query(this::draft).optional();
    }

    List<Draft> openDrafts(UUID account) {
        return jdbc.sql("SELECT * FROM dossier_draft WHERE account_id = :account AND submitted_dossier IS NULL "
                        + "ORDER BY updated_at DESC LIMIT 50")
                .param("account", account).query(this::draft).list();
    }

    private Draft draft(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        byte[] sealed = rs.getBytes("applicant_id_number_sealed");
        List<Draft.DraftFile> files = jdbc.sql("SELECT * FROM dossier_draft_file WHERE draft_id = :id ORDER BY component_code")
                .param("id", id)
                .query((f, i) -> new Draft.DraftFile(f.getObject("id", UUID.class), f.getString("component_code"),
                        f.getString("file_name"), f.getString("media_type"), f.getLong("size_bytes"),
                        f.getString("sha256"), f.getString("storage_key"), f.getObject("source_document", UUID.class)))
                .list();
        return new Draft(id, rs.getObject("account_id", UUID.class), rs.getString("procedure_code"),
                rs.getInt("procedure_version"), rs.getString("case_code"), json.readValue(rs.getString("form_data"), FORM),
                sealed == null ? null : protection.decrypt("draft:" + id, sealed), rs.getString("submission_token"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("submitted_dossier", UUID.class), files);
    }

    private byte @Nullable [] seal(UUID id, @Nullable String idNumber) {
        return idNumber == null || idNumber.isBlank() ? null : protection.encrypt("draft:" + id, idNumber);
    }
}
