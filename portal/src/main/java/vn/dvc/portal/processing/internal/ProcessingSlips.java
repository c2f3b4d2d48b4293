package vn.dvc.portal.processing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.platform.SlipDocument;
import vn.dvc.portal.platform.SlipDocument.Style;
import vn.dvc.portal.processing.internal.SlipFacts.Apology;
import vn.dvc.portal.processing.internal.SlipFacts.ControlSheet;
import vn.dvc.portal.processing.internal.SlipFacts.Handover;
import vn.dvc.portal.processing.internal.SlipFacts.Office;
import vn.dvc.portal.processing.internal.SlipFacts.Refusal;
import vn.dvc.portal.processing.internal.SlipFacts.SupplementRequest;

/**
 * The slips of processing as A5 PDFs with the fields of Circular 01/2018/TT-VPCP (REGULATORY-FACTS §3), laid out
 * like the desk's Forms 01–03: Form 02 request to supplement during processing, Form 03-style refusal after
 * appraisal, Form 04 apology with a new appointment, Form 05 process control sheet. Times as
 * {@link PortalTime#SLIP_TIME} ("08 giờ 30 phút, ngày 25/12/2026"). Prints only what {@link SlipFacts} carries.
 */
@Component
class ProcessingSlips {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final float TITLE = 11.5f;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8.5f;

    private final PortalProperties portal;

    ProcessingSlips(PortalProperties portal) {
        this.portal = portal;
    }

    static String time(Instant instant) {
        return PortalTime.SLIP_TIME.format(instant);
    }

    /** Form 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (during processing: the clock pauses). */
    byte[] supplementRequest(SupplementRequest r) {
        try (SlipDocument pdf = new SlipDocument("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ " + r.dossierCode())) {
            header(pdf, r.office(), r.requestedAt(), r.dossierCode());
            pdf.centred("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", Style.BOLD, TITLE);
            pdf.centred("(Lần thứ " + r.requestNumber() + ")", Style.ITALIC, SMALL);
            pdf.space(4);
            received(pdf, r.office(), r.receivedAt(), r.applicantName(), r.procedureName());
            pdf.paragraph("Sau khi xem xét, thẩm định hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội "
                    + "dung sau:", Style.BOLD, BODY);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < r.items().size(); i++) {
                rows.add(List.of(String.valueOf(i + 1), r.items().get(i)));
            }
            pdf.table(List.of("STT", "Nội dung bổ sung, hoàn thiện"), rows, new float[]{0.1f, 0.9f}, SMALL);
            pdf.space(2);
            pdf.paragraph("Lý do: " + r.reason(), Style.REGULAR, BODY);
            pdf.paragraph("Thời gian yêu cầu bổ sung: " + SlipDocument.together(time(r.requestedAt())), Style.REGULAR, BODY);
            pdf.paragraph("Thời gian đã giải quyết trước khi yêu cầu bổ sung được tính vào thời gian giải quyết hồ sơ; "
                    + "thời gian giải quyết tiếp tục được tính khi nhận đủ hồ sơ bổ sung, hoàn thiện. Ông/Bà có thể bổ "
                    + "sung trực tuyến tại " + portal.link("/tai-khoan") + " hoặc trực tiếp tại Bộ phận Một cửa.",
                    Style.REGULAR, BODY);
            help(pdf, r.office());
            signature(pdf, "NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", r.officerName());
            return pdf.toPdf();
        }
    }

    /** Form 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
    byte[] apology(Apology a) {
        try (SlipDocument pdf = new SlipDocument("Phiếu xin lỗi và hẹn lại ngày trả kết quả " + a.dossierCode())) {
            header(pdf, a.office(), a.apologisedAt(), a.dossierCode());
            pdf.centred("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", Style.BOLD, TITLE);
            pdf.space(4);
            pdf.centred("Kính gửi: " + a.applicantName(), Style.REGULAR, BODY);
            pdf.space(2);
            pdf.paragraph("Ngày " + SlipDocument.together(time(a.receivedAt())) + ", " + a.office().agencyName()
                    + " tiếp nhận hồ sơ của Ông/Bà đề nghị giải quyết thủ tục " + a.procedureName() + "; mã hồ sơ "
                    + a.dossierCode() + ".", Style.REGULAR, BODY);
            pdf.paragraph("Thời gian hẹn trả kết quả giải quyết hồ sơ: " + SlipDocument.together(time(a.originalDue()))
                    + ".", Style.REGULAR, BODY);
            pdf.paragraph("Tuy nhiên đến nay, " + a.causingAgencyName() + " chưa trả kết quả giải quyết hồ sơ cho Ông/Bà "
                    + "đúng hạn. Lý do: " + sentence(a.reason()), Style.REGULAR, BODY);
            pdf.paragraph("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại, thời gian của Ông/Bà. "
                    + a.causingAgencyName() + " xin lỗi Ông/Bà và hẹn trả kết quả giải quyết hồ sơ vào:",
                    Style.REGULAR, BODY);
            pdf.centred(SlipDocument.together(time(a.newDue())), Style.BOLD, BODY + 0.5f);
            pdf.paragraph("Nơi trả kết quả: " + a.office().agencyName()
                    + (a.office().address().isBlank() ? "" : ", " + a.office().address()) + ".", Style.REGULAR, BODY);
            pdf.paragraph("Xin trân trọng cảm ơn sự hợp tác của Ông/Bà.", Style.ITALIC, BODY);
            help(pdf, a.office());
            signature(pdf, "THỦ TRƯỞNG " + a.causingAgencyName().toUpperCase(VI), "(Ký, ghi rõ họ tên và đóng dấu)",
                    a.signerName());
            return pdf.toPdf();
        }
    }

    /** Form 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over, early / on time / late. */
    byte[] controlSheet(ControlSheet c) {
        try (SlipDocument pdf = new SlipDocument("Phiếu kiểm soát quá trình giải quyết hồ sơ " + c.dossierCode())) {
            header(pdf, c.office(), c.receivedAt(), c.dossierCode());
            pdf.centred("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", Style.BOLD, TITLE);
            pdf.space(4);
            pdf.paragraph("Kèm theo hồ sơ của: " + c.applicantName(), Style.REGULAR, BODY);
            pdf.paragraph("Nội dung yêu cầu giải quyết: " + c.procedureName(), Style.REGULAR, BODY);
            pdf.paragraph("Ngày nhận hồ sơ: " + SlipDocument.together(time(c.receivedAt())), Style.REGULAR, BODY);
            pdf.paragraph("Ngày hẹn trả kết quả: " + SlipDocument.together(time(c.due())), Style.BOLD, BODY);
            pdf.paragraph("Cơ quan, đơn vị tiếp nhận hồ sơ: " + c.office().agencyName(), Style.REGULAR, BODY);
            pdf.space(2);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < c.handovers().size(); i++) {
                rows.add(row(i + 1, c.handovers().get(i)));
            }
            pdf.table(List.of("TÊN CƠ QUAN, NGƯỜI GIAO, NGƯỜI NHẬN", "THỜI GIAN GIAO, NHẬN HỒ SƠ",
                            "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ Đúng hạn/ Quá hạn)", "GHI CHÚ"),
                    rows, new float[]{0.36f, 0.24f, 0.22f, 0.18f}, 7.5f);
            pdf.space(4);
            pdf.paragraph("Người giao và người nhận ký vào bản giấy của phiếu khi giao, nhận hồ sơ; phiếu điện tử ghi "
                    + "người và thời điểm của mỗi lần giao, nhận trên hệ thống.", Style.ITALIC, 7.5f);
            return pdf.toPdf();
        }
    }

    /** Refusal to resolve after appraisal, Form 03 wording adapted — Phiếu từ chối giải quyết hồ sơ. */
    byte[] refusal(Refusal r) {
        try (SlipDocument pdf = new SlipDocument("Phiếu từ chối giải quyết hồ sơ " + r.dossierCode())) {
            header(pdf, r.office(), r.refusedAt(), r.dossierCode());
            pdf.centred("PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ", Style.BOLD, TITLE);
            pdf.space(4);
            received(pdf, r.office(), r.receivedAt(), r.applicantName(), r.procedureName());
            pdf.paragraph("Sau khi xem xét, thẩm định hồ sơ theo quy định, " + r.office().agencyName()
                    + " không giải quyết hồ sơ này với lý do cụ thể như sau:", Style.REGULAR, BODY);
            pdf.paragraph(r.reason(), Style.BOLD, BODY);
            pdf.paragraph("Thời gian từ chối: " + SlipDocument.together(time(r.refusedAt())), Style.REGULAR, BODY);
            pdf.paragraph("Xin thông báo để Ông/Bà được biết và thực hiện.", Style.REGULAR, BODY);
            help(pdf, r.office());
            signature(pdf, "NGƯỜI TỪ CHỐI", "(Ký và ghi rõ họ tên)", r.officerName());
            return pdf.toPdf();
        }
    }

    private static List<String> row(int number, Handover h) {
        String outcome = h.outcome() + (h.stepDue() == null ? "" : "\n(Hạn: " + time(h.stepDue()) + ")");
        return List.of(number + ". Giao: " + h.fromParty() + "\nNhận: " + h.toParty(), time(h.at()), outcome, h.note());
    }

    private void header(SlipDocument pdf, Office office, Instant at, String code) {
        pdf.columns(List.of(office.parentName().toUpperCase(VI), office.agencyName().toUpperCase(VI)),
                List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                List.of(Style.REGULAR, Style.BOLD), List.of(Style.BOLD, Style.BOLD), 7.5f, 0.42f);
        pdf.space(4);
        pdf.paragraph("Mã hồ sơ: " + code, Style.BOLD, SMALL);
        pdf.right(place() + ", " + PortalTime.SLIP_DATE_LINE.format(at), Style.ITALIC, SMALL);
        pdf.space(6);
    }

    private static void received(SlipDocument pdf, Office office, Instant receivedAt, String applicant,
            String procedure) {
        pdf.paragraph("Ngày " + SlipDocument.together(time(receivedAt)) + ", " + office.agencyName()
                + " tiếp nhận hồ sơ của: " + applicant, Style.REGULAR, BODY);
        pdf.paragraph("Nội dung yêu cầu giải quyết: " + procedure, Style.REGULAR, BODY);
    }

    private void help(SlipDocument pdf, Office office) {
        pdf.paragraph("Mọi thông tin vướng mắc đề nghị liên hệ " + office.agencyName()
                + (office.phone().isBlank() ? "" : ", số điện thoại " + office.phone())
                + "; quy định về thủ tục hành chính đăng tại " + portal.link("/thu-tuc-hanh-chinh") + ".",
                Style.ITALIC, SMALL);
    }

    /** The signer's block on the right: role, the instruction, room to sign, the printed name. */
    private static void signature(SlipDocument pdf, String role, String instruction, String name) {
        pdf.space(6);
        pdf.columns(List.of(), List.of(role, instruction, "", "", "", name),
                List.of(), List.of(Style.BOLD, Style.ITALIC, Style.REGULAR, Style.REGULAR, Style.REGULAR, Style.BOLD),
                SMALL);
    }

    /** The text as a sentence: a full stop added unless it already ends with punctuation. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?;:".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    private String place() {
        return portal.provinceName().replaceFirst("^(Tỉnh|Thành phố) ", "");
    }
}
