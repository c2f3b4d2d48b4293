package vn.dvc.portal.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.Channel;

/**
 * Dossiers arriving from the National Public Service Portal (DOS-1 channel 4, INT-1) in the shape of its
 * {@code HoSoDongBoDVC} message. The National Portal has already taken the applicant's submission, so the
 * dossier is received on arrival at the procedure's receiving point: code issued, appointment computed,
 * status "Được tiếp nhận" (2). Files come inline (base64 in {@code NoiDungTep}); links
 * ({@code DuongDanTaiTepTin}) are not fetched (the portal makes no outbound requests to addresses it is sent).
 * Idempotent on {@code MaHoSo}: the same message again answers with the same dossier.
 */
@Service
class NationalPortalIntake {

    static final String ACTOR = "national-portal";

    /** The message, as the National Portal names its fields. */
    record Message(@Nullable String maHoSo, @Nullable String maTTHC, @Nullable String maTruongHop,
                   @Nullable String chuHoSo, @Nullable String soGiayToChuHoSo, @Nullable Integer loaiDoiTuong,
                   @Nullable String diaChi, @Nullable String soDienThoai, @Nullable String email,
                   @Nullable String trichYeuHoSo, @Nullable Integer kenhThucHien, List<Document> taiLieuNop) {
    }

    /** One file of TaiLieuNop. */
    record Document(@Nullable String tepDinhKemId, @Nullable String tenTepDinhKem, @Nullable String maThanhPhanHoSo,
                    @Nullable String duongDanTaiTepTin, @Nullable String noiDungTep) {
    }

    private final Procedures procedures;
    private final DossierStore store;
    private final DossierWriter writer;
    private final Receipt receipt;
    private final Attachments attachments;
    private final Clock clock;

    NationalPortalIntake(Procedures procedures, DossierStore store, DossierWriter writer, Receipt receipt,
            Attachments attachments, Clock clock) {
        this.procedures = procedures;
        this.store = store;
        this.writer = writer;
        this.receipt = receipt;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The dossier already made from this message, if any. */
    @Transactional(readOnly = true)
    public Optional<Dossier> existing(String externalId) {
        return store.findByExternalId(externalId).flatMap(store::find);
    }

    @Transactional
    public Dossier receive(Message message) {
        String externalId = required(message.maHoSo(), "MaHoSo");
        if (externalId.length() > 100) {
            throw IntakeRefusals.of("MaHoSo", "externalId", "MaHoSo is longer than 100 characters");
        }
        Optional<Dossier> already = existing(externalId);
        if (already.isPresent()) {
            return already.get();
        }
        Procedure procedure = procedures.findPublished(required(message.maTTHC(), "MaTTHC").strip())
                .orElseThrow(() -> IntakeRefusals.of("MaTTHC", "procedureUnknown", "no published procedure has the code '"
                        + message.maTTHC() + "'"));
        String caseCode = message.maTruongHop() != null && !message.maTruongHop().isBlank() ? message.maTruongHop()
                : procedure.cases().getFirst().code();
        ProcedureTerms terms = ProcedureTerms.of(procedure, caseCode, Channel.NATIONAL_PORTAL);
        Applicant.Kind kind = message.loaiDoiTuong() != null && message.loaiDoiTuong() == 2
                ? Applicant.Kind.ORGANISATION : Applicant.Kind.PERSON;
        Applicant applicant = ApplicantRules.check(kind, message.chuHoSo(), message.soGiayToChuHoSo(),
                message.diaChi(), message.soDienThoai(), message.email(), null, null);
        List<Upload> uploads = message.taiLieuNop().stream().map(NationalPortalIntake::upload).toList();
        Set<String> provided = new LinkedHashSet<>();
        uploads.forEach(u -> provided.add(u.componentCode()));
        List<ComponentLine> checklist = terms.checklist(provided);
        ProcedureTerms.requireComplete(checklist);
        uploads.forEach(u -> attachments.check(terms, u));
        Instant now = clock.instant();
        String receiving = terms.onlineReceivingAgency(OnlineSubmission.CENTRE);
        String summary = ApplicantRules.text(message.trichYeuHoSo());
        Dossier dossier = Dossier.create(new Dossier.Particulars(UUID.randomUUID(), terms.ref(), receiving,
                terms.competentAgency(receiving), Channel.NATIONAL_PORTAL, applicant, null,
                summary.isEmpty() ? procedure.name() : summary.substring(0, Math.min(summary.length(), 1000)),
                Map.of(), 1, terms.feesVnd(), terms.way().description(), checklist, null, externalId, now));
        receipt.receive(dossier, terms, now, ACTOR);
        writer.save(dossier);
        attachments.attach(dossier.id(), terms, uploads, ACTOR);
        return dossier;
    }

    private static Upload upload(Document document) {
        String component = required(document.maThanhPhanHoSo(), "TaiLieuNop.MaThanhPhanHoSo");
        String name = required(document.tenTepDinhKem(), "TaiLieuNop.TenTepDinhKem");
        if (document.noiDungTep() == null || document.noiDungTep().isBlank()) {
            throw IntakeRefusals.of("TaiLieuNop.NoiDungTep", "inlineFileRequired",
                    "each file must come inline as base64 in NoiDungTep; links (DuongDanTaiTepTin) are not fetched");
        }
        try {
            return new Upload(component, name, "", Base64.getMimeDecoder().decode(document.noiDungTep()));
        } catch (IllegalArgumentException e) {
            throw IntakeRefusals.of("TaiLieuNop.NoiDungTep", "base64", "NoiDungTep of '" + name + "' is not base64");
        }
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw IntakeRefusals.of(field, "required", field + " is required");
        }
        return value.strip();
    }
}
