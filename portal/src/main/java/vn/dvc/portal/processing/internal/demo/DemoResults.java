package vn.dvc.portal.processing.internal.demo;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dvc.portal.platform.SlipDocument;
import vn.dvc.portal.platform.SlipDocument.Style;

/**
 * The result documents of the demo dossiers: a one-page PDF per procedure, "bản sao điện tử" of the result the
 * procedure issues (written once per procedure and reused, so that 300 dossiers do not cost 300 font subsets).
 * They say plainly that they are demo documents.
 */
final class DemoResults {

    private final Map<String, byte[]> pdfs = new ConcurrentHashMap<>();
    private volatile byte @org.jspecify.annotations.Nullable [] scan;

    /** The PDF for a procedure's result. */
    byte[] of(String procedureCode, String procedureName) {
        return pdfs.computeIfAbsent(procedureCode, code -> write(resultName(code, procedureName)));
    }

    /** The scanned copy an applicant attaches for a component or a supplement (one page, written once). */
    byte[] scan() {
        byte[] pdf = scan;
        if (pdf == null) {
            pdf = write("Bản chụp giấy tờ kèm theo hồ sơ");
            scan = pdf;
        }
        return pdf;
    }

    /** The file name of the result. */
    static String fileName(String procedureCode) {
        return "ket-qua-" + procedureCode.toLowerCase(Locale.ROOT).replace('.', '-') + ".pdf";
    }

    /** What the procedure issues, as its result document is titled. */
    static String resultName(String procedureCode, String procedureName) {
        return switch (procedureCode) {
            case "1.001193", "1.004884" -> "Giấy khai sinh";
            case "1.000894" -> "Giấy chứng nhận kết hôn";
            case "1.000656", "1.005461" -> "Trích lục khai tử";
            case "1.004873" -> "Giấy xác nhận tình trạng hôn nhân";
            case "2.000635" -> "Bản sao trích lục hộ tịch";
            case "2.000815", "2.000884", "2.000942" -> "Văn bản chứng thực";
            case "1.001612", "2.000720" -> "Giấy chứng nhận đăng ký hộ kinh doanh";
            case "1.001570", "1.001266" -> "Giấy xác nhận của Phòng Tài chính - Kế hoạch";
            case "2.001610", "2.002043", "2.002042" -> "Giấy chứng nhận đăng ký doanh nghiệp";
            case "1.013978", "1.012783" -> "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất";
            case "1.004222", "1.004194" -> "Thông báo kết quả giải quyết đăng ký cư trú";
            case "1.003677" -> "Thông báo về việc khai báo tạm vắng";
            default -> "Kết quả giải quyết: " + procedureName;
        };
    }

    private static byte[] write(String title) {
        try (SlipDocument pdf = new SlipDocument(title + " (bản sao điện tử)")) {
            pdf.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD, 10);
            pdf.centred("Độc lập - Tự do - Hạnh phúc", Style.BOLD, 10);
            pdf.space(14);
            pdf.centred(title.toUpperCase(Locale.forLanguageTag("vi")), Style.BOLD, 12);
            pdf.centred("(Bản sao điện tử)", Style.ITALIC, 9);
            pdf.space(10);
            pdf.paragraph("Tài liệu minh họa của hệ thống thông tin giải quyết thủ tục hành chính tỉnh Yên Bái "
                    + "(dữ liệu demo), không có giá trị pháp lý.", Style.ITALIC, 9);
            return pdf.toPdf();
        }
    }
}
