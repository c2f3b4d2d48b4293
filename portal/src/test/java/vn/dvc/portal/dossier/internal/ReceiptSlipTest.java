package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.platform.PortalProperties;

/**
 * Form 01 (DOS-2, LOOK-3) as a PDF: the extracted text holds the code, the applicant, the procedure, the
 * received and appointment times as "HH giờ mm phút, ngày dd/MM/yyyy" (Asia/Ho_Chi_Minh); the page is A5; the
 * barcode read back from the rendered page is the dossier code and the QR code opens the public look-up.
 * Forms 02 and 03 carry their title, reasons and items.
 */
class ReceiptSlipTest {

    static final String CODE = "000.00.15.H63-261202-0007";
    static final Instant RECEIVED = Instant.parse("2026-12-02T02:15:00Z");
    static final Instant DUE = Instant.parse("2026-12-07T02:15:00Z");

    final Slips slips;

    ReceiptSlipTest() {
        Agencies agencies = mock(Agencies.class);
        given(agencies.find(anyString())).willAnswer(call -> Optional.of(DossierFixtures.agency(call.getArgument(0))));
        PortalProperties portal = new PortalProperties("Tỉnh Yên Bái", new PortalProperties.Centre("Trung tâm", "", "",
                "", ""), "target", new PortalProperties.Database(null, null, null), false, "x", "https://dichvucong.yenbai.gov.vn/");
        slips = new Slips(agencies, portal, new DossierProperties(null, 3310, null));
    }

    @Test
    void form01CarriesTheFieldsOfCircular01AndABarcodeOfTheCode() throws Exception {
        byte[] pdf = slips.receipt(dossier(DossierStatus.RECEIVED, CODE, null));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(419.5f, org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            // lines may wrap anywhere but inside a time: compare with the line breaks as spaces
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + CODE,
                    "Nguyễn Văn Bình", "Đăng ký khai sinh", "Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh",
                    "4. Thời gian nhận hồ sơ: 09 giờ 15 phút, ngày 02/12/2026",
                    "5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 15 phút, ngày 07/12/2026",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Yên Bái, ngày 02 tháng 12 năm 2026", "NGƯỜI TIẾP NHẬN HỒ SƠ");
            assertThat(text).doesNotContain("Văn bản ủy quyền"); // not handed in, not on the slip
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.GRAY);
            assertThat(decode(image, BarcodeFormat.CODE_128)).isEqualTo(CODE);
            assertThat(decode(image, BarcodeFormat.QR_CODE))
                    .isEqualTo("https://dichvucong.yenbai.gov.vn/tra-cuu-ho-so?ma=" + CODE);
        }
    }

    @Test
    void forms02And03NameTheirReasons() throws Exception {
        Dossier.Decision completion = new Dossier.Decision(RECEIVED, "demo.desk", "Thiếu giấy tờ bắt buộc",
                List.of("Giấy chứng sinh"));
        try (PDDocument document = Loader.loadPDF(slips.supplementRequest(dossier(DossierStatus.AWAITING_COMPLETION, null, completion)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                    "Giấy chứng sinh", "Lý do: Thiếu giấy tờ bắt buộc", "NGƯỜI HƯỚNG DẪN", "Nguyễn Văn Bình");
        }
        Dossier.Decision refusal = new Dossier.Decision(RECEIVED, "demo.desk",
                "Hồ sơ thuộc thẩm quyền của Ủy ban nhân dân cấp xã", List.of());
        try (PDDocument document = Loader.loadPDF(slips.refusal(dossier(DossierStatus.NOT_ACCEPTED, null, refusal)))) {
            assertThat(new PDFTextStripper().getText(document)).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                    "Hồ sơ thuộc thẩm quyền của Ủy ban nhân dân cấp xã", "NGƯỜI TỪ CHỐI");
        }
    }

    static Dossier dossier(DossierStatus status, String code, Dossier.Decision decision) {
        ProcedureTerms terms = ProcedureTerms.of(DossierFixtures.birthRegistration(), "TH1", Channel.IN_PERSON);
        Dossier.Particulars particulars = new Dossier.Particulars(UUID.randomUUID(), terms.ref(),
                DossierFixtures.JUSTICE, DossierFixtures.JUSTICE, Channel.IN_PERSON, DossierFixtures.person(), null,
                "Đăng ký khai sinh", Map.of(), 1, 0, "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
                terms.checklist(Set.of("TP1", "TP2")), null, null, RECEIVED);
        return Dossier.restore(particulars, status, code, null, code == null ? null : RECEIVED,
                code == null ? null : DUE, "demo.desk", decision, 1);
    }

    static String decode(BufferedImage image, BarcodeFormat format) throws Exception {
        LuminanceSource source = new GrayImage(image);
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true)).getText();
    }

    /** A ZXing luminance source over a grey image (so the test needs no zxing-javase). */
    static final class GrayImage extends LuminanceSource {
        private final byte[] pixels;

        GrayImage(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            pixels = new byte[image.getWidth() * image.getHeight()];
            image.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), pixels);
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
