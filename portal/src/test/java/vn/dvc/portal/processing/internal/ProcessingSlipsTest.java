package vn.dvc.portal.processing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.processing.internal.SlipFacts.Apology;
import vn.dvc.portal.processing.internal.SlipFacts.ControlSheet;
import vn.dvc.portal.processing.internal.SlipFacts.Handover;
import vn.dvc.portal.processing.internal.SlipFacts.Office;
import vn.dvc.portal.processing.internal.SlipFacts.Refusal;
import vn.dvc.portal.processing.internal.SlipFacts.SupplementRequest;

/**
 * Forms 02, 03-style, 04 and 05 of processing (DOS-4, DOS-5, DOS-6) read back with PDFBox: A5 pages, the title in
 * the metadata, the national motto and the Yên Bái date line, the code, the applicant, every time in
 * Asia/Ho_Chi_Minh (the instants are UTC: 02:15Z prints as 09 giờ 15 phút), reasons, items, the new appointment,
 * the agency that caused the delay and every hand-over with its outcome — with the diacritics intact.
 */
class ProcessingSlipsTest {

    static final String CODE = "000.00.15.H63-261202-0007";
    static final Office OFFICE = new Office("Sở Tư pháp", "UBND tỉnh Yên Bái", "Số 2, đường Hòa Bình, TP. Yên Bái",
            "0216 3852 456");
    static final Instant RECEIVED = Instant.parse("2026-12-02T02:15:00Z");
    static final Instant DUE = Instant.parse("2026-12-07T09:30:00Z");

    final ProcessingSlips slips = new ProcessingSlips(new PortalProperties("Tỉnh Yên Bái",
            new PortalProperties.Centre("Trung tâm Phục vụ hành chính công tỉnh", "", "", "", ""), "target",
            new PortalProperties.Database(null, null, null), false, "x", "https://dichvucong.yenbai.gov.vn"));

    @Test
    void form02NamesTheItemsTheReasonAndTheRequestNumber() throws Exception {
        String text = read(slips.supplementRequest(new SupplementRequest(OFFICE, CODE, "Đăng ký khai sinh",
                "Nguyễn Thị Hằng", RECEIVED, Instant.parse("2026-12-03T08:05:00Z"),
                "Giấy chứng sinh bị tẩy xóa, không đọc được ngày sinh",
                List.of("Giấy chứng sinh (bản chính)", "Văn bản ủy quyền có chứng thực"), "Trần Văn Đức", 2)),
                "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ " + CODE);

        assertThat(text).contains(common())
                .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "(Lần thứ 2)", "Nguyễn Thị Hằng",
                        "Đăng ký khai sinh", "Ngày 09 giờ 15 phút, ngày 02/12/2026, Sở Tư pháp tiếp nhận",
                        "1 Giấy chứng sinh (bản chính)", "2 Văn bản ủy quyền có chứng thực",
                        "Lý do: Giấy chứng sinh bị tẩy xóa, không đọc được ngày sinh",
                        "Thời gian yêu cầu bổ sung: 15 giờ 05 phút, ngày 03/12/2026",
                        "Yên Bái, ngày 03 tháng 12 năm 2026", "NGƯỜI HƯỚNG DẪN", "Trần Văn Đức", "0216 3852 456", HELP,
                        "https://dichvucong.yenbai.gov.vn/tai-khoan");
    }

    @Test
    void form04CarriesTheOriginalAndTheNewAppointmentAndTheAgencyThatCausedTheDelay() throws Exception {
        String text = read(slips.apology(new Apology(OFFICE, CODE, "Cấp phiếu lý lịch tư pháp", "Lê Minh Tuấn",
                RECEIVED, DUE, Instant.parse("2026-12-10T01:00:00Z"),
                "Chờ kết quả xác minh của Công an tỉnh quá thời hạn", "Phòng Hành chính tư pháp", "Phạm Thu Trang",
                Instant.parse("2026-12-04T17:30:00Z"))), "Phiếu xin lỗi và hẹn lại ngày trả kết quả " + CODE);

        assertThat(text).contains(common())
                .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Lê Minh Tuấn",
                        "Cấp phiếu lý lịch tư pháp", "mã hồ sơ " + CODE,
                        "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 07/12/2026",
                        "Lý do: Chờ kết quả xác minh của Công an tỉnh quá thời hạn",
                        "Phòng Hành chính tư pháp xin lỗi Ông/Bà", "08 giờ 00 phút, ngày 10/12/2026",
                        "THỦ TRƯỞNG PHÒNG HÀNH CHÍNH TƯ PHÁP", "Phạm Thu Trang",
                        // 17:30Z on the 4th is already the 5th in Yên Bái
                        "Yên Bái, ngày 05 tháng 12 năm 2026", "Nơi trả kết quả: Sở Tư pháp, Số 2, đường Hòa Bình", HELP);
    }

    @Test
    void form05ListsEveryHandOverWithItsTimeAndOutcome() throws Exception {
        List<Handover> handovers = List.of(
                new Handover("Bộ phận Một cửa — Nguyễn Thị Hằng", "Phòng Hộ tịch — Đỗ Quang Vinh",
                        Instant.parse("2026-12-02T03:00:00Z"), Instant.parse("2026-12-02T09:00:00Z"), "Trước hạn", ""),
                new Handover("Phòng Hộ tịch — Đỗ Quang Vinh", "Lãnh đạo Sở — Hoàng Văn Sơn",
                        Instant.parse("2026-12-04T09:00:00Z"), Instant.parse("2026-12-04T09:00:00Z"), "Đúng hạn",
                        "Trình ký"),
                new Handover("Lãnh đạo Sở — Hoàng Văn Sơn", "Bộ phận Một cửa — Nguyễn Thị Hằng",
                        Instant.parse("2026-12-08T02:00:00Z"), Instant.parse("2026-12-07T09:30:00Z"), "Quá hạn",
                        "Chậm do chờ chữ ký số"),
                new Handover("Bộ phận Một cửa — Nguyễn Thị Hằng", "Bùi Thị Lan (người nộp)",
                        Instant.parse("2026-12-08T04:45:00Z"), null, "Đang xử lý", ""));
        String text = read(slips.controlSheet(new ControlSheet(OFFICE, CODE, "Đăng ký khai sinh", "Bùi Thị Lan",
                RECEIVED, DUE, handovers)), "Phiếu kiểm soát quá trình giải quyết hồ sơ " + CODE);

        assertThat(text).contains(common())
                .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Kèm theo hồ sơ của: Bùi Thị Lan",
                        "Ngày nhận hồ sơ: 09 giờ 15 phút, ngày 02/12/2026",
                        "Ngày hẹn trả kết quả: 16 giờ 30 phút, ngày 07/12/2026",
                        "TÊN CƠ QUAN, NGƯỜI GIAO, NGƯỜI NHẬN", "THỜI GIAN GIAO, NHẬN HỒ SƠ",
                        "1. Giao: Bộ phận Một cửa — Nguyễn Thị Hằng Nhận: Phòng Hộ tịch — Đỗ Quang Vinh",
                        "10 giờ 00 phút, ngày 02/12/2026 Trước hạn (Hạn: 16 giờ 00 phút, ngày 02/12/2026)",
                        "3. Giao: Lãnh đạo Sở — Hoàng Văn Sơn",
                        "09 giờ 00 phút, ngày 08/12/2026 Quá hạn (Hạn: 16 giờ 30 phút, ngày 07/12/2026) Chậm do chờ chữ ký số",
                        "16 giờ 00 phút, ngày 04/12/2026 Đúng hạn", "Trình ký",
                        "Nhận: Bùi Thị Lan (người nộp)", "11 giờ 45 phút, ngày 08/12/2026 Đang xử lý",
                        "Yên Bái, ngày 02 tháng 12 năm 2026");
    }

    @Test
    void aLongControlSheetRunsOntoMorePages() throws Exception {
        List<Handover> many = java.util.stream.IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new Handover("Chuyên viên " + i, "Chuyên viên " + (i + 1),
                        RECEIVED.plusSeconds(i * 3600L), null, "Đúng hạn", ""))
                .toList();
        byte[] pdf = slips.controlSheet(new ControlSheet(OFFICE, CODE, "Đăng ký khai sinh", "Bùi Thị Lan", RECEIVED,
                DUE, many));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("40. Giao: Chuyên viên 40 Nhận: Chuyên viên 41");
        }
    }

    @Test
    void theRefusalAfterAppraisalGivesTheReasonAndTheOfficer() throws Exception {
        String text = read(slips.refusal(new Refusal(OFFICE, CODE, "Đăng ký kết hôn", "Vũ Đình Khoa", RECEIVED,
                Instant.parse("2026-12-03T03:20:00Z"),
                "Một bên chưa đủ tuổi kết hôn theo khoản 1 Điều 8 Luật Hôn nhân và gia đình năm 2014", "Ngô Thị Mai")),
                "Phiếu từ chối giải quyết hồ sơ " + CODE);

        assertThat(text).contains(common())
                .contains("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ", "Vũ Đình Khoa", "Đăng ký kết hôn",
                        "Sở Tư pháp không giải quyết hồ sơ này với lý do cụ thể như sau:",
                        "Một bên chưa đủ tuổi kết hôn theo khoản 1 Điều 8 Luật Hôn nhân và gia đình năm 2014",
                        "Thời gian từ chối: 10 giờ 20 phút, ngày 03/12/2026", "NGƯỜI TỪ CHỐI", "Ngô Thị Mai",
                        "Yên Bái, ngày 03 tháng 12 năm 2026", HELP);
    }

    /** The help line of the slips addressed to the applicant. */
    static final String HELP = "https://dichvucong.yenbai.gov.vn/thu-tuc-hanh-chinh";

    /** The header of every slip: the superior body and the agency, the national motto, the code. */
    static String[] common() {
        return new String[]{"UBND TỈNH YÊN BÁI", "SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Mã hồ sơ: " + CODE};
    }

    /** The text with line breaks as spaces (lines may wrap anywhere), after checking the page and the title. */
    static String read(byte[] pdf, String title) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(419.5f, Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(595.3f, Offset.offset(1f));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
