package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.PortalTime;

/**
 * The National Portal's dossier message read tolerantly (INT-1): field names in any letter case and the variants
 * seen, numbers as numbers or text, dates in the national and two other forms, deleted files left out, the VNeID
 * identity and its level.
 */
class NationalPortalMessageTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theNationalFieldsAreReadAsTheNationalSideNamesThem() {
        NationalPortalMessage m = NationalPortalMessage.read(json.readTree("""
                {"MaHoSo":"G22.99.08-261207-000123","MaTTHC":"1.001193","MaTruongHop":"TH1","MaLinhVuc":"G13-TP06",
                 "ChuHoSo":"Trần Văn Minh","LoaiDoiTuong":"1","MaDoiTuong":"CD42","SoGiayToChuHoSo":"001085012345",
                 "SoDinhDanh":"001085012345","MucDoDinhDanh":"2","DiaChi":"Hà Nội","SoDienThoai":"0983456789",
                 "Email":"minh@example.com","TrichYeuHoSo":"Đăng ký khai sinh","NgayTiepNhan":"20261207143005",
                 "HinhThuc":"0","DonViXuLy":"000.00.15.H63","KenhThucHien":"2",
                 "DanhSachLePhi":[{"MaLePhi":"LP-KS-01","SoTien":0}],
                 "TaiLieuNop":[{"TepDinhKemId":"1","TenTepDinhKem":"to-khai.pdf","MaThanhPhanHoSo":"TP1",
                                "DuongDanTaiTepTin":"https://tep.dichvucong.gov.vn/f/1","IsDeleted":"False"},
                               {"TepDinhKemId":"2","TenTepDinhKem":"cu.pdf","MaThanhPhanHoSo":"TP2",
                                "NoiDungTep":"JVBERi0=","IsDeleted":"True"},
                               {"TepDinhKemId":"3","TenTepDinhKem":"giay-chung-sinh.pdf","MaThanhPhanHoSo":"TP2",
                                "NoiDungTep":"JVBERi0="}]}
                """));
        assertThat(m.maHoSo()).isEqualTo("G22.99.08-261207-000123");
        assertThat(m.maTTHC()).isEqualTo("1.001193");
        assertThat(m.maTruongHop()).isEqualTo("TH1");
        assertThat(m.maLinhVuc()).isEqualTo("G13-TP06");
        assertThat(m.loaiDoiTuong()).isEqualTo(1);
        assertThat(m.maDoiTuong()).isEqualTo("CD42");
        assertThat(m.soDinhDanh()).isEqualTo("001085012345");
        assertThat(m.mucDoDinhDanh()).isEqualTo(2);
        assertThat(m.ngayTiepNhan()).isEqualTo(ZonedDateTime.of(2026, 12, 7, 14, 30, 5, 0, PortalTime.ZONE).toInstant());
        assertThat(m.hinhThuc()).isEqualTo("0");
        assertThat(m.donViXuLy()).isEqualTo("000.00.15.H63");
        assertThat(json.readTree(m.danhSachLePhi()).get(0).get("MaLePhi").asString()).isEqualTo("LP-KS-01");
        assertThat(m.taiLieuNop()).extracting(NationalPortalMessage.Document::tepDinhKemId).containsExactly("1", "3");
        assertThat(m.taiLieuNop().getFirst().inline()).isFalse();
        assertThat(m.taiLieuNop().getFirst().duongDanTaiTepTin()).isEqualTo("https://tep.dichvucong.gov.vn/f/1");
        assertThat(m.taiLieuNop().get(1).inline()).isTrue();
        assertThat(m.taiLieuNop().get(1).field()).isEqualTo("TaiLieuNop[2]");
    }

    @Test
    void lettersCaseVariantsNumbersAndOtherDateFormsAreTolerated() {
        NationalPortalMessage m = NationalPortalMessage.read(json.readTree("""
                {"mahoso":"X-1","MATTHC":"1.001193","CHUHOSO":"Công ty TNHH A","loaidoituong":2,"SoGiayTo":"5200123456",
                 "sodinhdanh":"015195003782","MucDoXacThuc":"urn:vn:vneid:loa:1","MALINHVUC":"G13-TP06",
                 "NgayTiepNhan":"07/12/2026 08:15","DanhSachTepDinhKem":[{"tentepdinhkem":"a.pdf","MAGIAYTO":"TP1",
                 "url":"https://tep.dichvucong.gov.vn/a"}],"Thua":"bỏ qua"}
                """));
        assertThat(m.maHoSo()).isEqualTo("X-1");
        assertThat(m.chuHoSo()).isEqualTo("Công ty TNHH A");
        assertThat(m.loaiDoiTuong()).isEqualTo(2);
        assertThat(m.soGiayTo()).isEqualTo("5200123456");
        assertThat(m.soDinhDanh()).isEqualTo("015195003782");
        assertThat(m.mucDoDinhDanh()).isEqualTo(1);
        assertThat(m.maLinhVuc()).isEqualTo("G13-TP06");
        assertThat(m.ngayTiepNhan()).isEqualTo(ZonedDateTime.of(2026, 12, 7, 8, 15, 0, 0, PortalTime.ZONE).toInstant());
        assertThat(m.taiLieuNop()).singleElement().satisfies(d -> {
            assertThat(d.maThanhPhanHoSo()).isEqualTo("TP1");
            assertThat(d.duongDanTaiTepTin()).isEqualTo("https://tep.dichvucong.gov.vn/a");
        });
        assertThat(m.danhSachLePhi()).isEqualTo("[]");
    }

    @Test
    void unreadableOrMissingValuesAreAbsentNeverARefusalHere() {
        NationalPortalMessage m = NationalPortalMessage.read(json.readTree("""
                {"MaHoSo":"  ","NgayTiepNhan":"hôm qua","MucDoDinhDanh":"cao","LoaiDoiTuong":"x","TaiLieuNop":"không"}
                """));
        assertThat(m.maHoSo()).isNull();
        assertThat(m.ngayTiepNhan()).isNull();
        assertThat(m.mucDoDinhDanh()).isNull();
        assertThat(m.loaiDoiTuong()).isEqualTo(1);
        assertThat(m.taiLieuNop()).isEmpty();
        assertThat(NationalPortalMessage.read(json.readTree("[1,2]")).maHoSo()).isNull();
        assertThat(NationalPortalMessage.date("2026-12-07T14:30:05+07:00"))
                .isEqualTo(ZonedDateTime.of(2026, 12, 7, 14, 30, 5, 0, PortalTime.ZONE).toInstant());
        assertThat(NationalPortalMessage.date("20261332120000")).isNull();
        assertThat(NationalPortalMessage.level("MUC_DO_2")).isEqualTo(2);
        assertThat(NationalPortalMessage.level("Mức 3")).isNull();
    }
}
