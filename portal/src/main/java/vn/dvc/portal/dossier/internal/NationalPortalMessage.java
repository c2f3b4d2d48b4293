package vn.dvc.portal.dossier.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.platform.PortalTime;

/**
 * A dossier as the National Public Service Portal sends it ({@code HoSoDongBoDVC}, NATIONAL-PORTAL.md §2), read
 * <em>tolerantly</em>: field names in any letter case and with the variants seen in provincial systems
 * ({@code MALINHVUC}, {@code DanhSachTepDinhKem} …), numbers written as numbers or as text, dates as
 * {@code yyyyMMddHHmmss} (Asia/Ho_Chi_Minh), {@code dd/MM/yyyy HH:mm:ss} or ISO-8601 with an offset; an unreadable
 * date or an unknown extra field is ignored, never a reason to refuse. What the checks need is refused later
 * ({@link NationalPortalIntake}).
 *
 * @param maHoSo          the National Portal's id of the dossier (our {@code external_id})
 * @param maTTHC          the national procedure code
 * @param maTruongHop     the case, if named
 * @param maLinhVuc       the field (lĩnh vực) code, as sent
 * @param chuHoSo         the applicant's name (a person or an organisation)
 * @param loaiDoiTuong    1 person, 2 organisation (default 1)
 * @param maDoiTuong      the national side's code of the applicant, kept for the status messages back
 * @param soGiayTo        the applicant's document number (CCCD, passport, or an organisation's tax code)
 * @param soDinhDanh      the VNeID personal identification number (12 digits) the National Portal signed the
 *                        citizen in with
 * @param mucDoDinhDanh   the identification level the National Portal asserts (1 or 2), null when not said
 * @param diaChi          address
 * @param soDienThoai     phone
 * @param email           e-mail
 * @param trichYeu        the summary
 * @param ngayTiepNhan    when the National Portal took the filing
 * @param hinhThuc        the national {@code HinhThuc} code as sent ("0" or "1")
 * @param donViXuLy       the agency the National Portal routed the dossier to
 * @param danhSachLePhi   the fees as sent ({@code DanhSachLePhi}), kept as JSON
 * @param taiLieuNop      the files (those marked {@code IsDeleted} left out)
 */
record NationalPortalMessage(@Nullable String maHoSo, @Nullable String maTTHC, @Nullable String maTruongHop,
                             @Nullable String maLinhVuc, @Nullable String chuHoSo, int loaiDoiTuong,
                             @Nullable String maDoiTuong, @Nullable String soGiayTo, @Nullable String soDinhDanh,
                             @Nullable Integer mucDoDinhDanh, @Nullable String diaChi, @Nullable String soDienThoai,
                             @Nullable String email, @Nullable String trichYeu, @Nullable Instant ngayTiepNhan,
                             @Nullable String hinhThuc, @Nullable String donViXuLy, String danhSachLePhi,
                             List<Document> taiLieuNop) {

    /**
     * One file of {@code TaiLieuNop}: inline ({@code NoiDungTep}, base64) or by link ({@code DuongDanTaiTepTin}).
     *
     * @param position its place in the list (0-based), which names it in refusals and logs
     */
    record Document(int position, @Nullable String tepDinhKemId, @Nullable String tenTepDinhKem,
                    @Nullable String maThanhPhanHoSo, @Nullable String duongDanTaiTepTin,
                    @Nullable String noiDungTep) {

        boolean inline() {
            return noiDungTep != null && !noiDungTep.isBlank();
        }

        /** How refusals name it: {@code TaiLieuNop[1]}. */
        String field() {
            return "TaiLieuNop[" + position + "]";
        }
    }

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Reads the body as sent; a body that is not a JSON object reads as an empty message (refused later). */
    static NationalPortalMessage read(JsonNode body) {
        Fields f = new Fields(body);
        List<Document> documents = new ArrayList<>();
        JsonNode files = f.node("TaiLieuNop", "DanhSachTaiLieuNop", "DanhSachTepDinhKem");
        if (files != null && files.isArray()) {
            int position = 0;
            for (JsonNode file : files) {
                Fields d = new Fields(file);
                int at = position++;
                if (truthy(d.text("IsDeleted", "DaXoa"))) {
                    continue;
                }
                documents.add(new Document(at, d.text("TepDinhKemId", "FileId"), d.text("TenTepDinhKem", "TenTep"),
                        d.text("MaThanhPhanHoSo", "MaGiayTo"), d.text("DuongDanTaiTepTin", "DuongDanTepTin", "Url"),
                        d.text("NoiDungTep", "NoiDung", "Base64")));
            }
        }
        JsonNode fees = f.node("DanhSachLePhi");
        return new NationalPortalMessage(f.text("MaHoSo"), f.text("MaTTHC", "MaThuTuc"), f.text("MaTruongHop"),
                f.text("MaLinhVuc"), f.text("ChuHoSo", "TenChuHoSo"), loaiDoiTuong(f.text("LoaiDoiTuong")),
                f.text("MaDoiTuong"), f.text("SoGiayToChuHoSo", "SoGiayTo", "SoCMND", "SoCCCD"),
                f.text("SoDinhDanh", "SoDinhDanhCaNhan", "MaDinhDanh"),
                level(f.text("MucDoDinhDanh", "MucDoXacThuc", "CapDoDinhDanh")), f.text("DiaChi", "DiaChiChuHoSo"),
                f.text("SoDienThoai", "DienThoai"), f.text("Email", "ThuDienTu"), f.text("TrichYeuHoSo", "TrichYeu"),
                date(f.text("NgayTiepNhan", "NgayNopHoSo")), f.text("HinhThuc"), f.text("DonViXuLy", "MaDonViXuLy"),
                fees != null && fees.isArray() ? fees.toString() : "[]", documents);
    }

    /** 2 (organisation) only when it says so; anything else is a person. */
    static int loaiDoiTuong(@Nullable String text) {
        return text != null && text.strip().equals("2") ? 2 : 1;
    }

    /**
     * The identification level: the last digit 1 or 2 in what was sent ("2", "MUC_DO_2", "Mức 2",
     * "urn:vn:vneid:loa:2"); null when there is none.
     */
    static @Nullable Integer level(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '1' || c == '2') {
                return c - '0';
            }
            if (Character.isDigit(c)) {
                return null;
            }
        }
        return null;
    }

    /** A national date in one of the forms seen, or null. */
    static @Nullable Instant date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return LocalDateTime.parse(value, COMPACT).atZone(PortalTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return LocalDateTime.parse(value, SLASHED).atZone(PortalTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean truthy(@Nullable String text) {
        return text != null && (text.equalsIgnoreCase("true") || text.equals("1"));
    }

    /** An object's members by name, letter case ignored; scalars as text, blanks as absent. */
    private static final class Fields {
        private final Map<String, JsonNode> byName = new HashMap<>();

        Fields(JsonNode node) {
            if (node != null && node.isObject()) {
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    byName.putIfAbsent(member.getKey().toLowerCase(Locale.ROOT), member.getValue());
                }
            }
        }

        @Nullable JsonNode node(String... names) {
            for (String name : names) {
                JsonNode value = byName.get(name.toLowerCase(Locale.ROOT));
                if (value != null && !value.isNull() && !value.isMissingNode()) {
                    return value;
                }
            }
            return null;
        }

        @Nullable String text(String... names) {
            JsonNode value = node(names);
            if (value == null || !value.isValueNode()) {
                return null;
            }
            String text = value.asString("");
            return text.isBlank() ? null : text.strip();
        }
    }
}
