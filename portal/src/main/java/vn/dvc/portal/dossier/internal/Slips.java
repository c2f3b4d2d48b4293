package vn.dvc.portal.dossier.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.SlipDocument;
import vn.dvc.portal.platform.SlipDocument.Style;

/**
 * The slips of the one-stop desk as A5 PDFs with the fields of Circular 01/2018/TT-VPCP (REGULATORY-FACTS §3):
 * Form 01 receipt and appointment (with a Code 128 barcode of the dossier code and a QR code of the public
 * look-up), Form 02 request to supplement, Form 03 refusal. Times as {@link PortalTime#SLIP_TIME} ("08 giờ 30
 * phút, ngày 25/12/2026").
 */
@Component
class Slips {

    private static final float BODY = 9.5f;

    private final Agencies agencies;
    private final PortalProperties portal;
    private final DossierProperties properties;

    Slips(Agencies agencies, PortalProperties portal, DossierProperties properties) {
        this.agencies = agencies;
        this.portal = portal;
        this.properties = properties;
    }

    static String time(Instant instant) {
        return PortalTime.SLIP_TIME.format(instant);
    }

    /** The public look-up address of a code (the QR code). */
    String lookupUrl(String code) {
        return portal.link("/tra-cuu-ho-so?ma=")
                + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    /** Form 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    byte[] receipt(Dossier dossier) {
        String code = Objects.requireNonNull(dossier.code(), "a receipt needs a received dossier");
        Dossier.Particulars p = dossier.particulars();
        Agency agency = agency(p.receivingAgency());
        try (SlipDocument pdf = new SlipDocument("Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + code)) {
            header(pdf, agency, dossier.receivedAt(), "Mã hồ sơ: " + code);
            pdf.centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", Style.BOLD, 11.5f);
            pdf.space(4);
            applicantLines(pdf, agency.name() + " tiếp nhận hồ sơ của: ", dossier);
            pdf.paragraph("Kênh tiếp nhận: " + channelName(p.channel()), Style.REGULAR, BODY);
            pdf.paragraph("1. Thành phần hồ sơ nộp gồm:", Style.BOLD, BODY);
            componentTable(pdf, p.components().stream().filter(ComponentLine::provided).toList());
            pdf.paragraph("2. Số lượng hồ sơ: " + String.format("%02d", p.sets()) + " bộ", Style.REGULAR, BODY);
            pdf.paragraph("3. Thời gian giải quyết hồ sơ theo quy định là: " + p.timeLimit(), Style.REGULAR, BODY);
            pdf.paragraph("4. Thời gian nhận hồ sơ: " + SlipDocument.together(time(Objects.requireNonNull(dossier.receivedAt()))),
                    Style.REGULAR, BODY);
            pdf.paragraph("5. Thời gian trả kết quả giải quyết hồ sơ: " + SlipDocument.together(time(Objects.requireNonNull(dossier.dueAt()))),
                    Style.BOLD, BODY);
            pdf.paragraph("6. Đăng ký nhận kết quả tại: " + agency.name() + (agency.address().isBlank() ? ""
                    : ", " + agency.address()), Style.REGULAR, BODY);
            if (p.feesDueVnd() > 0) {
                pdf.paragraph("Phí, lệ phí phải nộp: " + String.format(Locale.ROOT, "%,d", p.feesDueVnd()).replace(',', '.')
                        + " đồng", Style.REGULAR, BODY);
            }
            pdf.paragraph("Vào Sổ theo dõi hồ sơ, Mã hồ sơ: " + code, Style.ITALIC, 8.5f);
            pdf.paragraph("Lưu ý: Mang theo giấy này khi đến nhận kết quả; trường hợp nhờ người khác nhận thay phải có "
                    + "giấy ủy quyền theo quy định.", Style.ITALIC, 8.5f);
            signatures(pdf, "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ");
            pdf.space(6);
            pdf.codes(code, lookupUrl(code), 190, 34, 62);
            pdf.paragraph("Tra cứu tình trạng hồ sơ: " + lookupUrl(code), Style.ITALIC, 7.5f);
            return pdf.toPdf();
        }
    }

    /** Form 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    byte[] supplementRequest(Dossier dossier) {
        Dossier.Particulars p = dossier.particulars();
        Dossier.Decision decision = Objects.requireNonNull(dossier.decision(), "no request to supplement");
        Agency agency = agency(p.receivingAgency());
        try (SlipDocument pdf = new SlipDocument("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ")) {
            header(pdf, agency, decision.at(), dossier.code() == null ? "" : "Mã hồ sơ: " + dossier.code());
            pdf.centred("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", Style.BOLD, 11.5f);
            pdf.space(4);
            applicantLines(pdf, agency.name() + " tiếp nhận hồ sơ của: ", dossier);
            pdf.paragraph("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", Style.BOLD, BODY);
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (String item : decision.items()) {
                rows.add(List.of(String.valueOf(n++), item));
            }
            pdf.table(List.of("STT", "Nội dung bổ sung, hoàn thiện"), rows, new float[]{0.1f, 0.9f}, 8.5f);
            pdf.paragraph("Lý do: " + decision.reason(), Style.REGULAR, BODY);
            help(pdf, agency);
            signatures(pdf, "NGƯỜI NỘP HỒ SƠ", "NGƯỜI HƯỚNG DẪN");
            return pdf.toPdf();
        }
    }

    /** Form 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    byte[] refusal(Dossier dossier) {
        Dossier.Particulars p = dossier.particulars();
        Dossier.Decision decision = Objects.requireNonNull(dossier.decision(), "no refusal");
        Agency agency = agency(p.receivingAgency());
        try (SlipDocument pdf = new SlipDocument("Phiếu từ chối tiếp nhận giải quyết hồ sơ")) {
            header(pdf, agency, decision.at(), "");
            pdf.centred("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", Style.BOLD, 11.5f);
            pdf.space(4);
            applicantLines(pdf, agency.name() + " đã nhận hồ sơ của: ", dossier);
            pdf.paragraph("Sau khi xem xét, đối chiếu thành phần hồ sơ với quy định, " + agency.name()
                    + " không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:", Style.REGULAR, BODY);
            pdf.paragraph(decision.reason(), Style.BOLD, BODY);
            pdf.paragraph("Xin thông báo để Ông/Bà được biết và thực hiện.", Style.REGULAR, BODY);
            help(pdf, agency);
            signatures(pdf, "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TỪ CHỐI");
            return pdf.toPdf();
        }
    }

    private void header(SlipDocument pdf, Agency agency, Instant at, String codeLine) {
        String parent = agency.parentCode() == null ? portal.provinceName()
                : agencies.find(agency.parentCode()).map(Agency::name).orElse(portal.provinceName());
        pdf.columns(List.of(parent.toUpperCase(Locale.forLanguageTag("vi")),
                        agency.name().toUpperCase(Locale.forLanguageTag("vi"))),
                List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                List.of(Style.REGULAR, Style.BOLD), List.of(Style.BOLD, Style.BOLD), 7.5f, 0.42f);
        pdf.space(4);
        if (!codeLine.isEmpty()) {
            pdf.paragraph(codeLine, Style.BOLD, 8.5f);
        }
        pdf.right(place() + ", " + PortalTime.SLIP_DATE_LINE.format(at), Style.ITALIC, 8.5f);
        pdf.space(6);
    }

    private static void applicantLines(SlipDocument pdf, String opening, Dossier dossier) {
        Applicant a = dossier.particulars().applicant();
        pdf.paragraph(opening + a.handedInBy(), Style.REGULAR, BODY);
        pdf.paragraph("Địa chỉ: " + a.address(), Style.REGULAR, BODY);
        pdf.paragraph("Số điện thoại: " + a.phone() + (a.email().isEmpty() ? "" : "    Email: " + a.email()),
                Style.REGULAR, BODY);
        if (a.idNumber() != null) {
            pdf.paragraph((a.kind() == Applicant.Kind.ORGANISATION ? "Mã số doanh nghiệp/Mã số thuế: "
                    : "Số CMND/CCCD/Hộ chiếu: ") + a.idNumber(), Style.REGULAR, BODY);
        }
        if (a.submitterName() != null) {
            pdf.paragraph("Chủ hồ sơ: " + a.name(), Style.REGULAR, BODY);
        }
        pdf.paragraph("Nội dung yêu cầu giải quyết: " + dossier.particulars().summary() + " ("
                + dossier.particulars().procedure().caseName() + ")", Style.REGULAR, BODY);
    }

    private static void componentTable(SlipDocument pdf, List<ComponentLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (ComponentLine line : lines) {
            rows.add(List.of(String.valueOf(n++), line.name(), String.valueOf(line.originals()),
                    String.valueOf(line.copies())));
        }
        pdf.table(List.of("STT", "Tên loại giấy tờ", "Bản chính", "Bản sao"), rows,
                new float[]{0.08f, 0.62f, 0.15f, 0.15f}, 8.5f);
    }

    private void help(SlipDocument pdf, Agency agency) {
        pdf.paragraph("Mọi thông tin vướng mắc đề nghị liên hệ " + agency.name()
                + (agency.phone().isBlank() ? "" : ", số điện thoại " + agency.phone())
                + "; quy định về thủ tục hành chính đăng tại " + portal.link("/thu-tuc-hanh-chinh") + ".",
                Style.ITALIC, 8.5f);
    }

    private static void signatures(SlipDocument pdf, String left, String right) {
        pdf.space(6);
        pdf.columns(List.of(left, "(Ký và ghi rõ họ tên)"), List.of(right, "(Ký và ghi rõ họ tên)"),
                List.of(Style.BOLD, Style.ITALIC), List.of(Style.BOLD, Style.ITALIC), 8.5f);
        pdf.space(30);
    }

    private Agency agency(String code) {
        return agencies.find(code).orElseThrow(() -> new IllegalStateException("agency " + code + " is unknown"));
    }

    private String place() {
        return portal.provinceName().replaceFirst("^(Tỉnh|Thành phố) ", "");
    }

    static String channelName(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> "Trực tiếp tại Bộ phận Một cửa";
            case POSTAL -> "Qua dịch vụ bưu chính công ích";
            case ONLINE -> "Trực tuyến qua Cổng Dịch vụ công tỉnh";
            case NATIONAL_PORTAL -> "Trực tuyến qua Cổng Dịch vụ công quốc gia";
        };
    }
}
