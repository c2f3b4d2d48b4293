package vn.dvc.portal.integration.internal.reconciliation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvc.portal.platform.PortalTime;

/**
 * A reconciliation report as an .xlsx workbook, in Vietnamese (an administrative document, in the house style of
 * the log book, Form 06): the sheet "Tổng hợp" — per agency and national status our count, the National Portal's,
 * the difference and "Khớp"/"Lệch", with the totals — and the sheet "Hồ sơ chênh lệch" — each differing dossier by
 * code with the kind of difference and each side's agency, status and date of receipt. Title rows, headers frozen
 * and repeated on printed pages, A4 landscape fitted to the width, Times New Roman.
 */
@Component
class ReconciliationWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SUMMARY = "Tổng hợp";
    static final String DIFFERENCES = "Hồ sơ chênh lệch";
    static final List<String> SUMMARY_COLUMNS = List.of("TT", "Mã cơ quan", "Tên cơ quan", "Mã trạng thái",
            "Trạng thái hồ sơ", "Số hồ sơ của tỉnh", "Số hồ sơ trên Cổng DVCQG", "Chênh lệch", "Kết quả");
    static final List<String> DIFFERENCE_COLUMNS = List.of("TT", "Mã hồ sơ", "Loại chênh lệch",
            "Cơ quan (của tỉnh)", "Trạng thái (của tỉnh)", "Ngày tiếp nhận (của tỉnh)", "Cơ quan (Cổng DVCQG)",
            "Trạng thái (Cổng DVCQG)", "Ngày tiếp nhận (Cổng DVCQG)");
    private static final int[] SUMMARY_WIDTHS = {5, 16, 40, 9, 30, 13, 15, 11, 10};
    private static final int[] DIFFERENCE_WIDTHS = {5, 27, 30, 34, 26, 13, 34, 26, 13};
    static final int HEADER_ROW = 4;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ReconciliationWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    static String fileName(ReportView view) {
        return "Doi-soat-DVCQG-" + view.report().from() + "-" + view.report().to() + ".xlsx";
    }

    byte[] workbook(ReportView view) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setTitle("Đối soát số liệu với Cổng Dịch vụ công quốc gia");
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Cổng Dịch vụ công");
            summary(workbook.createSheet(SUMMARY), view, styles);
            differences(workbook.createSheet(DIFFERENCES), view, styles);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already gone (dispose)
            }
        }
    }

    private void summary(Sheet sheet, ReportView view, Styles styles) {
        ReconciliationStore.Report report = view.report();
        String verdict = report.matched() ? text("integration.reconciliation.matched")
                : text("integration.reconciliation.differs") + " — " + report.differences() + " hồ sơ chênh lệch";
        titles(sheet, SUMMARY_COLUMNS.size(), styles, "ĐỐI SOÁT SỐ LIỆU HỒ SƠ VỚI CỔNG DỊCH VỤ CÔNG QUỐC GIA",
                period(report), "Lập lúc " + PortalTime.TIME_DATE.format(report.startedAt()) + ". Kết quả: " + verdict);
        header(sheet, SUMMARY_COLUMNS, styles);
        int at = HEADER_ROW + 1;
        int number = 0;
        for (ReportView.CellRow c : view.cells()) {
            Row row = sheet.createRow(at++);
            cell(row, 0, styles.centred).setCellValue(++number);
            cell(row, 1, styles.text).setCellValue(c.agencyCode());
            cell(row, 2, styles.text).setCellValue(c.agencyName());
            cell(row, 3, styles.centred).setCellValue(c.status());
            cell(row, 4, styles.text).setCellValue(text(c.statusKey()));
            cell(row, 5, styles.centred).setCellValue(c.ours());
            cell(row, 6, styles.centred).setCellValue(c.theirs());
            cell(row, 7, styles.centred).setCellValue(c.ours() - c.theirs());
            cell(row, 8, styles.centred).setCellValue(text(c.matched() ? "integration.reconciliation.matched"
                    : "integration.reconciliation.differs"));
        }
        Row total = sheet.createRow(at);
        cell(total, 0, styles.header);
        cell(total, 1, styles.header).setCellValue("Tổng cộng");
        for (int c = 2; c <= 4; c++) {
            cell(total, c, styles.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(at, at, 1, 4));
        cell(total, 5, styles.header).setCellValue(report.ours());
        cell(total, 6, styles.header).setCellValue(report.theirs());
        cell(total, 7, styles.header).setCellValue(report.ours() - report.theirs());
        cell(total, 8, styles.header).setCellValue(text(report.matched() ? "integration.reconciliation.matched"
                : "integration.reconciliation.differs"));
        layout(sheet, SUMMARY_WIDTHS);
    }

    private void differences(Sheet sheet, ReportView view, Styles styles) {
        ReconciliationStore.Report report = view.report();
        titles(sheet, DIFFERENCE_COLUMNS.size(), styles, "CÁC HỒ SƠ CHÊNH LỆCH VỚI CỔNG DỊCH VỤ CÔNG QUỐC GIA",
                period(report), report.differences() + " hồ sơ");
        header(sheet, DIFFERENCE_COLUMNS, styles);
        int at = HEADER_ROW + 1;
        int number = 0;
        for (ReportView.DifferenceRow d : view.differences()) {
            Row row = sheet.createRow(at++);
            cell(row, 0, styles.centred).setCellValue(++number);
            cell(row, 1, styles.text).setCellValue(d.code());
            cell(row, 2, styles.text).setCellValue(text(d.kindKey()));
            side(row, 3, d.ours(), styles);
            side(row, 6, d.theirs(), styles);
        }
        if (view.differences().isEmpty()) {
            Row empty = sheet.createRow(at);
            cell(empty, 0, styles.text).setCellValue("Không có hồ sơ chênh lệch.");
            for (int c = 1; c < DIFFERENCE_COLUMNS.size(); c++) {
                cell(empty, c, styles.text);
            }
            sheet.addMergedRegion(new CellRangeAddress(at, at, 0, DIFFERENCE_COLUMNS.size() - 1));
        }
        layout(sheet, DIFFERENCE_WIDTHS);
    }

    private void side(Row row, int column, ReportView.Side side, Styles styles) {
        if (!side.known()) {
            cell(row, column, styles.text).setCellValue("(không có)");
            cell(row, column + 1, styles.text);
            cell(row, column + 2, styles.date);
            return;
        }
        cell(row, column, styles.text).setCellValue(side.agencyName() + " (" + side.agencyCode() + ")");
        Integer status = side.status();
        String key = side.statusKey();
        cell(row, column + 1, styles.text).setCellValue(status == null || key == null ? "" : status + " — " + text(key));
        date(row, column + 2, side.receivedOn(), styles);
    }

    private static String period(ReconciliationStore.Report report) {
        return "Hồ sơ tiếp nhận từ ngày " + PortalTime.DATE.format(report.from()) + " đến ngày "
                + PortalTime.DATE.format(report.to());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    private static void titles(Sheet sheet, int columns, Styles styles, String... lines) {
        CellStyle[] kinds = {styles.title, styles.period, styles.period};
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.setHeightInPoints(i == 0 ? 24 : 17);
            cell(row, 0, kinds[i]).setCellValue(lines[i]);
            sheet.addMergedRegion(new CellRangeAddress(i, i, 0, columns - 1));
        }
    }

    private static void header(Sheet sheet, List<String> columns, Styles styles) {
        Row names = sheet.createRow(HEADER_ROW);
        names.setHeightInPoints(44);
        for (int c = 0; c < columns.size(); c++) {
            cell(names, c, styles.header).setCellValue(columns.get(c));
        }
    }

    private static void date(Row row, int column, @Nullable LocalDate day, Styles styles) {
        Cell cell = cell(row, column, styles.date);
        if (day != null) {
            cell.setCellValue(day);
        }
    }

    private static void layout(Sheet sheet, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** The few cell styles of the book (made once: a workbook holds a limited number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle period;
        final CellStyle header;
        final CellStyle text;
        final CellStyle centred;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            title = plain(workbook, font(workbook, 14, true, false), HorizontalAlignment.CENTER);
            period = plain(workbook, font(workbook, 11, false, true), HorizontalAlignment.CENTER);
            header = ruled(workbook, font(workbook, 10, true, false), HorizontalAlignment.CENTER);
            Font body = font(workbook, 10, false, false);
            text = ruled(workbook, body, HorizontalAlignment.LEFT);
            centred = ruled(workbook, body, HorizontalAlignment.CENTER);
            date = ruled(workbook, body, HorizontalAlignment.CENTER);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        private static Font font(SXSSFWorkbook workbook, int points, boolean bold, boolean italic) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle plain(SXSSFWorkbook workbook, Font font, HorizontalAlignment align) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(align);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle ruled(SXSSFWorkbook workbook, Font font, HorizontalAlignment align) {
            CellStyle style = plain(workbook, font, align);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
