package vn.dvc.portal.processing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
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
import org.springframework.stereotype.Component;
import vn.dvc.portal.calendar.WorkingCalendar;
import vn.dvc.portal.platform.PortalTime;
import vn.dvc.portal.processing.internal.SlipFacts.LogBook;
import vn.dvc.portal.processing.internal.SlipFacts.LogBookRow;

/**
 * Form 06 of Circular 01/2018/TT-VPCP — Sổ theo dõi hồ sơ — as an .xlsx workbook: title rows, the form's two-level
 * column headers and their numbers (1)–(14), one row per dossier with date-times as real cells formatted
 * dd/MM/yyyy HH:mm (Asia/Ho_Chi_Minh), the header frozen and repeated on every printed page, A4 landscape fitted
 * to the page width. Streams rows ({@link SXSSFWorkbook}) so a year of a large agency stays small in memory.
 */
@Component
class LogBookExport {

    static final String SHEET = "Sổ theo dõi hồ sơ";
    /** The first level of the header: a column spanning both header rows, or the group over (8)–(12). */
    static final List<String> COLUMNS = List.of("TT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)",
            "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ",
            "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả giải quyết hồ sơ/ Yêu cầu bổ sung",
            "Trả kết quả cho cá nhân, tổ chức", "Ký nhận", "Ghi chú");
    static final String DATES_GROUP = "Ngày, tháng, năm";
    private static final int FIRST_DATE = 7;
    private static final int LAST_DATE = 11;
    private static final int[] WIDTHS = {5, 26, 34, 9, 24, 30, 26, 16, 16, 16, 16, 16, 12, 22};
    static final int HEADER_TOP = 4;
    static final int FIRST_ROW = HEADER_TOP + 3;

    byte[] workbook(LogBook book) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setTitle("Sổ theo dõi hồ sơ — " + book.agencyName());
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Cổng Dịch vụ công");
            Sheet sheet = workbook.createSheet(SHEET);
            titles(sheet, book, styles);
            header(sheet, styles);
            int at = FIRST_ROW;
            for (LogBookRow row : book.rows()) {
                write(sheet.createRow(at++), row, styles);
            }
            if (book.rows().isEmpty()) {
                Row empty = sheet.createRow(at);
                cell(empty, 0, styles.text).setCellValue("Không có hồ sơ trong kỳ.");
                sheet.addMergedRegion(new CellRangeAddress(at, at, 0, COLUMNS.size() - 1));
            }
            layout(sheet);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
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

    private static void titles(Sheet sheet, LogBook book, Styles styles) {
        String[] lines = {book.agencyName().toUpperCase(java.util.Locale.forLanguageTag("vi")), "SỔ THEO DÕI HỒ SƠ",
                "Từ ngày " + PortalTime.DATE.format(book.from()) + " đến ngày " + PortalTime.DATE.format(book.to())};
        CellStyle[] kinds = {styles.agency, styles.title, styles.period};
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            row.setHeightInPoints(i == 1 ? 24 : 17);
            cell(row, 0, kinds[i]).setCellValue(lines[i]);
            sheet.addMergedRegion(new CellRangeAddress(i, i, 0, COLUMNS.size() - 1));
        }
    }

    /** Two header rows (the date columns grouped under "Ngày, tháng, năm") and the row of column numbers. */
    private static void header(Sheet sheet, Styles styles) {
        Row group = sheet.createRow(HEADER_TOP);
        Row names = sheet.createRow(HEADER_TOP + 1);
        Row numbers = sheet.createRow(HEADER_TOP + 2);
        group.setHeightInPoints(20);
        names.setHeightInPoints(58);
        for (int c = 0; c < COLUMNS.size(); c++) {
            boolean dated = c >= FIRST_DATE && c <= LAST_DATE;
            cell(group, c, styles.header).setCellValue(dated ? (c == FIRST_DATE ? DATES_GROUP : "") : COLUMNS.get(c));
            cell(names, c, styles.header).setCellValue(dated ? COLUMNS.get(c) : "");
            cell(numbers, c, styles.number).setCellValue("(" + (c + 1) + ")");
            if (!dated) {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_TOP, HEADER_TOP + 1, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(HEADER_TOP, HEADER_TOP, FIRST_DATE, LAST_DATE));
    }

    private static void write(Row row, LogBookRow r, Styles styles) {
        cell(row, 0, styles.centred).setCellValue(r.number());
        cell(row, 1, styles.text).setCellValue(r.dossierCode());
        cell(row, 2, styles.text).setCellValue(r.procedureName());
        cell(row, 3, styles.centred).setCellValue(r.sets());
        cell(row, 4, styles.text).setCellValue(r.applicantName());
        cell(row, 5, styles.text).setCellValue(r.applicantAddressAndPhone());
        cell(row, 6, styles.text).setCellValue(r.competentAgencyName());
        date(row, 7, r.receivedAt(), styles);
        date(row, 8, r.due(), styles);
        date(row, 9, r.transferredAt(), styles);
        date(row, 10, r.resultOrSupplementAt(), styles);
        date(row, 11, r.returnedAt(), styles);
        cell(row, 12, styles.text);
        cell(row, 13, styles.text).setCellValue(r.note());
    }

    private static void date(Row row, int column, @Nullable Instant at, Styles styles) {
        Cell cell = cell(row, column, styles.date);
        if (at != null) {
            cell.setCellValue(at.atZone(WorkingCalendar.ZONE).toLocalDateTime());
        }
    }

    private static void layout(Sheet sheet) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(2, FIRST_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_TOP, HEADER_TOP + 2, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** The few cell styles of the book (a workbook holds a limited number, so they are made once). */
    private static final class Styles {
        final CellStyle agency;
        final CellStyle title;
        final CellStyle period;
        final CellStyle header;
        final CellStyle number;
        final CellStyle text;
        final CellStyle centred;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            agency = plain(workbook, font(workbook, 11, true, false), HorizontalAlignment.LEFT);
            title = plain(workbook, font(workbook, 15, true, false), HorizontalAlignment.CENTER);
            period = plain(workbook, font(workbook, 11, false, true), HorizontalAlignment.CENTER);
            header = ruled(workbook, font(workbook, 10, true, false), HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            number = ruled(workbook, font(workbook, 9, false, true), HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
            Font body = font(workbook, 10, false, false);
            text = ruled(workbook, body, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
            centred = ruled(workbook, body, HorizontalAlignment.CENTER, VerticalAlignment.TOP);
            date = ruled(workbook, body, HorizontalAlignment.CENTER, VerticalAlignment.TOP);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
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

        private static CellStyle ruled(SXSSFWorkbook workbook, Font font, HorizontalAlignment align,
                VerticalAlignment vertical) {
            CellStyle style = plain(workbook, font, align);
            style.setVerticalAlignment(vertical);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
