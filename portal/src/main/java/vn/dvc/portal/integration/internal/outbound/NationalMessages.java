package vn.dvc.portal.integration.internal.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierAction;
import vn.dvc.portal.dossier.DossierFile;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierParticulars;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.integration.internal.client.NationalPortalDates;
import vn.dvc.portal.integration.internal.client.NationalStatusCodes;

/**
 * Builds the messages of one history entry as the National Portal's services want them (NATIONAL-PORTAL.md §2), from
 * the dossier as it is when the entry is written — so a later send carries the state of its moment:
 * {@code DongBoHoSoMC} (the record, {@code TrangThaiHoSo} = the entry's state), then {@code CapNhatTienDoHoSoMC} (one
 * progress entry), and for a dossier filed on the National Portal {@code DongBoTrangThaiHoSo} (type "2", the collapsed
 * status). No field is ever null: what we do not have is an empty text or an empty list. Texts are Vietnamese.
 *
 * <p>What is sent and what is not: the applicant's ID number ({@code MaDoiTuong}) is left empty (the dossier module
 * keeps it sealed); fees, other files and supplements lists are empty; file links are empty (files are served only to
 * their owner and the officers). An entry the applicant does not see ({@code officersOnly}, e.g. an assignment) is
 * sent with its action only, without its note.
 */
@Component
class NationalMessages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Actions that end the processing of a dossier (NgayKetThucXuLy). */
    private static final Set<String> ENDINGS = Set.of(DossierAction.ISSUE_RESULT.name(), DossierAction.STOP.name(),
            DossierAction.WITHDRAW.name(), DossierAction.REFUSE.name());
    private static final List<Role> TITLE_ORDER = List.of(Role.LEADER, Role.SPECIALIST, Role.DESK, Role.CENTRE,
            Role.ADMIN);

    /** Agency names are read again after this long (the Centre may rename an agency). */
    static final Duration AGENCY_NAMES_FOR = Duration.ofMinutes(5);
    private static final int CACHED = 1024;

    private final Procedures procedures;
    private final Agencies agencies;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    /** The field (lĩnh vực) of a procedure version: a version never changes once dossiers are received under it. */
    private final Map<String, Optional<Procedure.Field>> fields = new ConcurrentHashMap<>();
    private final Map<String, CachedName> agencyNames = new ConcurrentHashMap<>();

    private record CachedName(String name, Instant until) {
    }

    NationalMessages(Procedures procedures, Agencies agencies, MessageSource messages, JsonMapper json, Clock clock) {
        this.procedures = procedures;
        this.agencies = agencies;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The fields of the three services in the order NATIONAL-PORTAL.md §2 writes them (the ledger's jsonb keeps no
     * order; the Centre's page shows a payload in this one).
     */
    static final List<String> FIELD_ORDER = List.of("type", "isUpdating", "data", "MaHoSo", "MaHoSoDonVi", "MaTTHC",
            "TenTTHC", "MaLinhVuc", "TenLinhVuc", "ChuHoSo", "LoaiDoiTuong", "MaDoiTuong", "ThongTinKhac", "Email", "Fax",
            "SoDienThoai", "TrichYeuHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo", "NgayTra", "ThongTinTra",
            "HinhThuc", "NgayKetThucXuLy", "DonViXuLy", "DanhSachLePhi", "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung",
            "DanhSachGiayToKetQua", "TaiLieuNop", "NguoiXuLy", "ChucDanh", "ThoiDiemXuLy", "PhongBanXuLy", "NoiDungXuLy",
            "TrangThai", "NgayBatDau", "NgayKetThucTheoQuyDinh", "NoiDung", "NgayXuLy", "TaiLieuXuLy", "TenGiayTo",
            "GiayToId", "DuongDanTepTinKetQua", "TenTepDinhKem", "MaThanhPhanHoSo", "TepDinhKemId", "DuongDanTaiTepTin",
            "IsDeleted");

    /** What one dossier looks like when its entries are written. */
    record Dossier(DossierView view, DossierParticulars particulars, List<DossierHistoryEntry> history,
                   List<DossierFile> files, @Nullable SignedInUser actingUser) {

        String code() {
            String code = view.code();
            if (code == null) {
                throw new IllegalStateException("dossier " + view.id() + " has no code yet");
            }
            return code;
        }

        boolean filedOnNationalPortal() {
            return view.channel() == Channel.NATIONAL_PORTAL && particulars.externalId() != null
                    && !particulars.externalId().isBlank();
        }
    }

    /** The messages of {@code entry}, in the order they are to be delivered. */
    List<Ledger.NewMessage> of(Dossier dossier, DossierHistoryEntry entry) {
        List<Ledger.NewMessage> out = new ArrayList<>(3);
        String agency = dossier.view().competentAgency();
        out.add(message(dossier, entry, OutboundMessage.RECORD, agency, record(dossier, entry)));
        out.add(message(dossier, entry, OutboundMessage.PROGRESS, agency, progress(dossier, entry)));
        if (dossier.filedOnNationalPortal()) {
            out.add(message(dossier, entry, OutboundMessage.STATUS, agency, status(dossier, entry)));
        }
        return out;
    }

    private Ledger.NewMessage message(Dossier dossier, DossierHistoryEntry entry, String service, String agency,
            ObjectNode payload) {
        return new Ledger.NewMessage(dossier.view().id(), dossier.code(), entry.sequence(), service, agency,
                json.writeValueAsString(withoutNulls(payload)), entry.at());
    }

    /** The national side refuses nulls: whatever slipped through as null is sent as an empty text. */
    static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value == null || value.isNull()) {
                    object.put(name, "");
                } else {
                    withoutNulls(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isNull()) {
                    array.set(i, array.stringNode(""));
                } else {
                    withoutNulls(array.get(i));
                }
            }
        }
        return node;
    }

    /** {@code DongBoHoSoMC}'s fields without {@code isUpdating} (decided when it is sent). */
    ObjectNode record(Dossier dossier, DossierHistoryEntry entry) {
        DossierView view = dossier.view();
        DossierParticulars particulars = dossier.particulars();
        Optional<Procedure.Field> field = field(view.procedureCode(), view.procedureVersion());
        boolean received = entry.to().isReceived();
        Instant receivedAt = received && view.receivedAt() != null ? view.receivedAt()
                : view.submittedAt() != null ? view.submittedAt() : dossier.history().getFirst().at();
        Optional<DossierHistoryEntry> returned = latest(dossier, entry, Set.of(DossierAction.RETURN_RESULT.name()));
        Optional<DossierHistoryEntry> ended = latest(dossier, entry, ENDINGS);

        ObjectNode fields = json.createObjectNode();
        ObjectNode r = fields.putArray("data").addObject();
        r.put("MaHoSo", dossier.code());
        r.put("MaTTHC", view.procedureCode());
        r.put("TenTTHC", view.procedureName());
        r.put("MaLinhVuc", field.map(Procedure.Field::code).orElse(""));
        r.put("TenLinhVuc", field.map(Procedure.Field::name).orElse(""));
        r.put("ChuHoSo", view.applicantName());
        r.put("LoaiDoiTuong", particulars.organisation() ? "2" : "1");
        r.put("MaDoiTuong", "");
        r.put("ThongTinKhac", "");
        r.put("Email", particulars.email());
        r.put("Fax", "");
        r.put("SoDienThoai", particulars.phone());
        r.put("TrichYeuHoSo", particulars.summary());
        r.put("NgayTiepNhan", NationalPortalDates.format(receivedAt));
        r.put("NgayHenTra", received ? NationalPortalDates.format(view.dueAt()) : "");
        r.put("TrangThaiHoSo", String.valueOf(NationalStatusCodes.of(entry.to())));
        r.put("NgayTra", returned.map(e -> NationalPortalDates.format(e.at())).orElse(""));
        r.put("ThongTinTra", returned.map(e -> e.detail().applicantVisible() ? e.detail().note() : "").orElse(""));
        r.put("HinhThuc", view.channel().isOnline() ? "1" : "0");
        r.put("NgayKetThucXuLy", ended.map(e -> NationalPortalDates.format(e.at())).orElse(""));
        r.put("DonViXuLy", agencyName(view.competentAgency()));
        r.putArray("DanhSachLePhi");
        r.putArray("DanhSachTepDinhKemKhac");
        r.putArray("DanhSachHoSoBoSung");
        ArrayNode results = r.putArray("DanhSachGiayToKetQua");
        ArrayNode submitted = r.putArray("TaiLieuNop");
        for (DossierFile file : dossier.files()) {
            switch (file.origin()) {
                case "RESULT" -> results.addObject().put("TenGiayTo", file.fileName())
                        .put("MaThanhPhanHoSo", file.componentCode()).put("GiayToId", file.id().toString())
                        .put("DuongDanTepTinKetQua", "");
                case "UPLOADED", "REUSED", "SUPPLEMENT" -> submitted.addObject().put("TenTepDinhKem", file.fileName())
                        .put("MaThanhPhanHoSo", file.componentCode()).put("TepDinhKemId", file.id().toString())
                        .put("DuongDanTaiTepTin", "").put("IsDeleted", "False");
                default -> {
                    // slips are the portal's own papers, not the applicant's documents
                }
            }
        }
        return fields;
    }

    /** {@code CapNhatTienDoHoSoMC}'s fields: one progress entry. */
    ObjectNode progress(Dossier dossier, DossierHistoryEntry entry) {
        DossierView view = dossier.view();
        ObjectNode fields = json.createObjectNode();
        ObjectNode p = fields.putArray("data").addObject();
        p.put("MaHoSo", dossier.code());
        p.put("NguoiXuLy", actorName(dossier, entry));
        p.put("ChucDanh", actorTitle(dossier, entry));
        p.put("ThoiDiemXuLy", NationalPortalDates.format(entry.at()));
        p.put("PhongBanXuLy", agencyName(unit(dossier, entry)));
        p.put("NoiDungXuLy", content(entry));
        p.put("TrangThai", String.valueOf(NationalStatusCodes.of(entry.to())));
        p.put("NgayBatDau", NationalPortalDates.format(entry.at()));
        p.put("NgayKetThucTheoQuyDinh", entry.to().isReceived() ? NationalPortalDates.format(view.dueAt()) : "");
        return fields;
    }

    /** {@code DongBoTrangThaiHoSo}'s fields (type "2") for a dossier filed on the National Portal. */
    ObjectNode status(Dossier dossier, DossierHistoryEntry entry) {
        ObjectNode fields = json.createObjectNode();
        fields.put("type", "2");
        ObjectNode d = fields.putObject("data");
        d.put("MaHoSo", dossier.particulars().externalId());
        d.put("MaHoSoDonVi", dossier.code());
        d.put("MaDoiTuong", "");
        d.put("NoiDung", content(entry));
        d.put("NgayXuLy", NationalPortalDates.format(entry.at()));
        d.put("TrangThai", String.valueOf(NationalStatusCodes.collapsed(entry.to())));
        d.putArray("TaiLieuXuLy");
        return fields;
    }

    /** "<action>-<note>" (never null; the note only where the applicant sees it). */
    String content(DossierHistoryEntry entry) {
        String action = text("dossier.action." + entry.action(), entry.action());
        String note = entry.detail().applicantVisible() ? entry.detail().note().strip() : "";
        return note.isEmpty() ? action : action + "-" + note;
    }

    private String actorName(Dossier dossier, DossierHistoryEntry entry) {
        SignedInUser user = actingUser(dossier, entry);
        if (user != null && !user.getDisplayName().isBlank()) {
            return user.getDisplayName();
        }
        return switch (entry.actor()) {
            case "system" -> text("integration.sync.actor.system", "Hệ thống");
            case "national-portal" -> text("integration.sync.actor.nationalPortal", "Cổng Dịch vụ công quốc gia");
            default -> entry.actor().isBlank() ? text("integration.sync.actor.system", "Hệ thống") : entry.actor();
        };
    }

    private String actorTitle(Dossier dossier, DossierHistoryEntry entry) {
        SignedInUser user = actingUser(dossier, entry);
        if (user == null) {
            return "";
        }
        return TITLE_ORDER.stream().filter(user::hasRole).findFirst()
                .map(role -> text("identity.role." + role.name(), "")).orElse("");
    }

    /** The unit that acted: the entry's, else the acting officer's agency, else the competent agency. */
    private String unit(Dossier dossier, DossierHistoryEntry entry) {
        if (entry.detail().agencyCode() != null && !entry.detail().agencyCode().isBlank()) {
            return entry.detail().agencyCode();
        }
        SignedInUser user = actingUser(dossier, entry);
        if (user != null && user.getAgencyCode() != null) {
            return user.getAgencyCode();
        }
        return dossier.view().competentAgency();
    }

    /** The signed-in officer who wrote this entry (the listener runs on the acting thread), if it is them. */
    private static @Nullable SignedInUser actingUser(Dossier dossier, DossierHistoryEntry entry) {
        SignedInUser user = dossier.actingUser();
        return user != null && user.getName().equals(entry.actor()) ? user : null;
    }

    private Optional<Procedure.Field> field(String code, int version) {
        String key = code + "@" + version;
        Optional<Procedure.Field> found = fields.get(key);
        if (found == null) {
            found = procedures.find(code, version).map(Procedure::field);
            if (fields.size() >= CACHED) {
                fields.clear();
            }
            fields.put(key, found);
        }
        return found;
    }

    private String agencyName(String code) {
        Instant now = clock.instant();
        CachedName cached = agencyNames.get(code);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.name();
        }
        String name = agencies.find(code).map(Agency::name).filter(n -> !n.isBlank()).orElse(code);
        if (agencyNames.size() >= CACHED) {
            agencyNames.clear();
        }
        agencyNames.put(code, new CachedName(name, now.plus(AGENCY_NAMES_FOR)));
        return name;
    }

    /** The last entry up to {@code entry} whose action is one of {@code actions}. */
    private static Optional<DossierHistoryEntry> latest(Dossier dossier, DossierHistoryEntry entry,
            Set<String> actions) {
        DossierHistoryEntry found = null;
        for (DossierHistoryEntry e : dossier.history()) {
            if (e.sequence() > entry.sequence()) {
                break;
            }
            if (actions.contains(e.action())) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, VIETNAMESE);
    }
}
