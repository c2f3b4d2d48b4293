package vn.dvc.portal.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.identity.Accounts;
import vn.dvc.portal.identity.CitizenIdNumber;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Dossiers filed at the National Public Service Portal (DOS-1 channel 4, INT-1), in the shape of its
 * {@code HoSoDongBoDVC} message read tolerantly ({@link NationalPortalMessage}). The National Portal has already
 * taken the applicant's filing, so the dossier is received on arrival: code issued, appointment computed, status
 * "Được tiếp nhận" (2), at the agency the National Portal routed it to ({@code DonViXuLy}, when that is an agency
 * of ours) or else the procedure's receiving point.
 *
 * <p>The applicant's VNeID identity ({@code SoDinhDanh}, with the level {@code MucDoDinhDanh}) is stored with the
 * dossier ({@link NationalFilings}); when the person already signed in to this portal with national sign-on, the
 * dossier is theirs at once and shows in "Hồ sơ của tôi", else it becomes theirs at their first national sign-in
 * ({@link NationalPortalOwners}).
 *
 * <p>Files come inline (base64 in {@code NoiDungTep}) or by link ({@code DuongDanTaiTepTin}), fetched from the
 * National Portal's own file hosts only ({@link NationalPortalFiles}) before anything is written; then every file
 * is checked (type by content, size, virus scan) and the dossier stored in one transaction. So a dossier is stored
 * whole or not at all: a file that cannot be fetched now refuses the whole dossier with 503, and the National Portal
 * sends it again (docs/integration-inbound.md says why this is what the citizen wants). Idempotent on
 * {@code MaHoSo}: the same message again, also at the same moment, answers with the same dossier.
 */
@Service
class NationalPortalIntake {

    static final String ACTOR = "national-portal";
    /** Where the address goes when the National Portal sends none (as an account created by national sign-on). */
    static final String ADDRESS_UNKNOWN = "(chưa cập nhật)";

    /** The dossier and whether this message made it (false: it was there already). */
    record Outcome(Dossier dossier, boolean created) {
    }

    private final Procedures procedures;
    private final Agencies agencies;
    private final Accounts accounts;
    private final DossierStore store;
    private final DossierWriter writer;
    private final Receipt receipt;
    private final Attachments attachments;
    private final NationalPortalFiles files;
    private final NationalFilings filings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NationalPortalIntake(Procedures procedures, Agencies agencies, Accounts accounts, DossierStore store,
            DossierWriter writer, Receipt receipt, Attachments attachments, NationalPortalFiles files,
            NationalFilings filings, PlatformTransactionManager transactions, Clock clock) {
        this.procedures = procedures;
        this.agencies = agencies;
        this.accounts = accounts;
        this.store = store;
        this.writer = writer;
        this.receipt = receipt;
        this.attachments = attachments;
        this.files = files;
        this.filings = filings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The dossier already made from this message, if any. */
    @Transactional(readOnly = true)
    public Optional<Dossier> existing(String externalId) {
        return store.findByExternalId(externalId).flatMap(store::find);
    }

    /**
     * Receives the dossier (or finds the one already received for its {@code MaHoSo}).
     *
     * @throws RefusedInput                     for a message that can never be received as sent (400)
     * @throws NationalPortalFiles.Unavailable for a linked file that cannot be fetched now (503)
     */
    public Outcome receive(NationalPortalMessage message) {
        String externalId = required(message.maHoSo(), "MaHoSo");
        if (externalId.length() > 100) {
            throw IntakeRefusals.of("MaHoSo", "externalId", "MaHoSo is longer than 100 characters");
        }
        Optional<Dossier> already = existing(externalId);
        if (already.isPresent()) {
            return new Outcome(already.get(), false);
        }
        Prepared prepared = prepare(message);
        Set<String> provided = new LinkedHashSet<>();
        for (NationalPortalMessage.Document document : message.taiLieuNop()) {
            provided.add(required(document.maThanhPhanHoSo(), document.field() + ".MaThanhPhanHoSo"));
        }
        ProcedureTerms.requireComplete(prepared.terms().checklist(provided));
        List<Upload> uploads = new ArrayList<>();
        for (NationalPortalMessage.Document document : message.taiLieuNop()) {
            uploads.add(upload(document, prepared.terms()));
        }
        try {
            return java.util.Objects.requireNonNull(transaction.execute(status -> store(externalId, message,
                    prepared, uploads)));
        } catch (DataIntegrityViolationException raced) {
            // the same MaHoSo arrived twice at once: the other request made the dossier
            return new Outcome(existing(externalId).orElseThrow(() -> raced), false);
        }
    }

    /** Everything checked that needs no file: refused before any file is fetched. */
    private record Prepared(Procedure procedure, ProcedureTerms terms, Applicant applicant,
                            @Nullable String identity, String receiving) {
    }

    private Prepared prepare(NationalPortalMessage message) {
        Procedure procedure = procedures.findPublished(required(message.maTTHC(), "MaTTHC"))
                .orElseThrow(() -> IntakeRefusals.of("MaTTHC", "procedureUnknown", "no published procedure has the code '"
                        + message.maTTHC() + "'"));
        String caseCode = message.maTruongHop() != null ? message.maTruongHop() : procedure.cases().getFirst().code();
        ProcedureTerms terms = ProcedureTerms.of(procedure, caseCode, Channel.NATIONAL_PORTAL);
        Applicant.Kind kind = message.loaiDoiTuong() == 2 ? Applicant.Kind.ORGANISATION : Applicant.Kind.PERSON;
        String identity = identity(message.soDinhDanh());
        String idNumber = message.soGiayTo() != null ? message.soGiayTo()
                : kind == Applicant.Kind.PERSON ? identity : null;
        Applicant applicant = ApplicantRules.check(kind, message.chuHoSo(), idNumber,
                message.diaChi() == null ? ADDRESS_UNKNOWN : message.diaChi(), message.soDienThoai(),
                message.email(), null, null);
        String routed = message.donViXuLy();
        String receiving = routed != null && agencies.find(routed).isPresent() ? routed
                : terms.onlineReceivingAgency(OnlineSubmission.CENTRE);
        return new Prepared(procedure, terms, applicant, identity, receiving);
    }

    private Outcome store(String externalId, NationalPortalMessage message, Prepared p, List<Upload> uploads) {
        Set<String> provided = new LinkedHashSet<>();
        uploads.forEach(u -> provided.add(u.componentCode()));
        List<ComponentLine> checklist = p.terms().checklist(provided);
        ProcedureTerms.requireComplete(checklist);
        uploads.forEach(u -> attachments.check(p.terms(), u));
        UUID owner = null;
        if (p.identity() != null && p.applicant().kind() == Applicant.Kind.PERSON) {
            filings.lockIdentity(filings.match(p.identity()));
            owner = accounts.nationallyIdentified(CitizenIdNumber.parse(p.identity(), null)).orElse(null);
        }
        Instant now = clock.instant();
        String summary = ApplicantRules.text(message.trichYeu());
        Dossier dossier = Dossier.create(new Dossier.Particulars(UUID.randomUUID(), p.terms().ref(), p.receiving(),
                p.terms().competentAgency(p.receiving()), Channel.NATIONAL_PORTAL, p.applicant(), owner,
                summary.isEmpty() ? p.procedure().name() : summary.substring(0, Math.min(summary.length(), 1000)),
                Map.of(), 1, p.terms().feesVnd(), p.terms().way().description(), checklist, null, externalId, now));
        receipt.receive(dossier, p.terms(), now, ACTOR);
        writer.save(dossier);
        attachments.attach(dossier.id(), p.terms(), uploads, ACTOR);
        filings.insert(new NationalFilings.Filing(dossier.id(), message.ngayTiepNhan(), message.maLinhVuc(),
                message.hinhThuc(), message.donViXuLy(), message.maDoiTuong(), message.danhSachLePhi(),
                null, message.mucDoDinhDanh(), now), p.identity());
        return new Outcome(dossier, true);
    }

    /** The VNeID number checked as a citizen ID number (12 digits, province code); null when none was sent. */
    private static @Nullable String identity(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return CitizenIdNumber.parse(text, null).digits();
        } catch (RefusedInput e) {
            throw IntakeRefusals.of("SoDinhDanh", "applicantIdNumber.format",
                    "SoDinhDanh is not a 12-digit personal identification number");
        }
    }

    private Upload upload(NationalPortalMessage.Document document, ProcedureTerms terms) {
        String component = required(document.maThanhPhanHoSo(), document.field() + ".MaThanhPhanHoSo");
        String name = required(document.tenTepDinhKem(), document.field() + ".TenTepDinhKem");
        if (document.inline()) {
            try {
                return new Upload(component, name, "", Base64.getMimeDecoder().decode(document.noiDungTep()));
            } catch (IllegalArgumentException e) {
                throw IntakeRefusals.of(document.field() + ".NoiDungTep", "base64",
                        "NoiDungTep of " + document.field() + " is not base64", name);
            }
        }
        if (document.duongDanTaiTepTin() == null) {
            throw IntakeRefusals.of(document.field(), "fileContentRequired", document.field()
                    + " has neither content (NoiDungTep) nor a link (DuongDanTaiTepTin)", name);
        }
        long limit = terms.component(component).map(Procedure.Component::maxBytes).orElse(Long.MAX_VALUE);
        return new Upload(component, name, "", files.fetch(document, limit));
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw IntakeRefusals.of(field, "required", field + " is required", field);
        }
        return value.strip();
    }
}
