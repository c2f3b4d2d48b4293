package vn.dvc.portal.processing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.processing.internal.SlipFacts.LogBook;
import vn.dvc.portal.processing.internal.SlipFacts.LogBookRow;

/**
 * Form 06 (DOS-4, DOS-5, DOS-6) read back with POI: the titles, the form's fourteen columns with "Ngày, tháng,
 * năm" over (8)–(12), one row per dossier with its code, agency and date-times in Asia/Ho_Chi_Minh as real date
 * cells shown dd/MM/yyyy HH:mm, empty cells for what has not happened, the header frozen, A4 landscape.
 */
class LogBookExportTest {

    final LogBookExport export = new LogBookExport();
    final DataFormatter shown = new DataFormatter();

    @Test
    void theBookHasTheFormsColumnsAndOneRowPerDossier() throws Exception {
        LogBookRow returned = new LogBookRow(1, "000.00.15.H63-261202-0007", "Đăng ký khai sinh", 1, "Nguyễn Thị Hằng",
                "Tổ 5, phường Đồng Tâm, TP. Yên Bái; 0912 345 678", "Sở Tư pháp",
                Instant.parse("2026-12-02T02:15:00Z"), Instant.parse("2026-12-07T09:30:00Z"),
                Instant.parse("2026-12-02T03:00:00Z"), Instant.parse("2026-12-04T08:00:00Z"),
                Instant.parse("2026-12-04T17:10:00Z"), "Trước hạn");
        LogBookRow open = new LogBookRow(2, "000.00.15.H63-261203-0012", "Cấp phiếu lý lịch tư pháp", 2,
                "Công ty TNHH Hoàng Liên", "Số 8, đường Điện Biên; 0216 3811 222", "Sở Tư pháp",
                Instant.parse("2026-12-03T01:05:00Z"), Instant.parse("2026-12-15T09:30:00Z"), null, null, null, "");
        byte[] xlsx = export.workbook(new LogBook("Sở Tư pháp", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                List.of(returned, open)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("Sổ theo dõi hồ sơ");
            assertThat(sheet).isNotNull();
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).contains("Sổ theo dõi hồ sơ", "Sở Tư pháp");
            assertThat(text(sheet, 0, 0)).isEqualTo("SỞ TƯ PHÁP");
            assertThat(text(sheet, 1, 0)).isEqualTo("SỔ THEO DÕI HỒ SƠ");
            assertThat(text(sheet, 2, 0)).isEqualTo("Từ ngày 01/12/2026 đến ngày 31/12/2026");

            int top = LogBookExport.HEADER_TOP;
            assertThat(row(sheet, top).subList(0, 7)).containsExactly("TT", "Mã hồ sơ", "Tên thủ tục hành chính",
                    "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết");
            assertThat(text(sheet, top, 7)).isEqualTo("Ngày, tháng, năm");
            assertThat(row(sheet, top).subList(12, 14)).containsExactly("Ký nhận", "Ghi chú");
            assertThat(row(sheet, top + 1).subList(7, 12)).containsExactly("Nhận hồ sơ", "Hẹn trả kết quả",
                    "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả giải quyết hồ sơ/ Yêu cầu bổ sung",
                    "Trả kết quả cho cá nhân, tổ chức");
            assertThat(row(sheet, top + 2)).startsWith("(1)", "(2)").endsWith("(13)", "(14)").hasSize(14);
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(top, top, 7, 11),
                    new CellRangeAddress(top, top + 1, 1, 1));

            int first = LogBookExport.FIRST_ROW;
            assertThat(row(sheet, first)).containsExactly("1", "000.00.15.H63-261202-0007", "Đăng ký khai sinh", "1",
                    "Nguyễn Thị Hằng", "Tổ 5, phường Đồng Tâm, TP. Yên Bái; 0912 345 678", "Sở Tư pháp",
                    "02/12/2026 09:15", "07/12/2026 16:30", "02/12/2026 10:00", "04/12/2026 15:00",
                    "05/12/2026 00:10", "", "Trước hạn");
            Cell received = sheet.getRow(first).getCell(7);
            assertThat(received.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 15));
            assertThat(row(sheet, first + 1)).containsExactly("2", "000.00.15.H63-261203-0012",
                    "Cấp phiếu lý lịch tư pháp", "2", "Công ty TNHH Hoàng Liên", "Số 8, đường Điện Biên; 0216 3811 222",
                    "Sở Tư pháp", "03/12/2026 08:05", "15/12/2026 16:30", "", "", "", "", "");
            assertThat(sheet.getLastRowNum()).isEqualTo(first + 1);

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) first);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("5:7"));
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0) * 3);
        }
    }

    @Test
    void anEmptyPeriodSaysSo() throws Exception {
        byte[] xlsx = export.workbook(new LogBook("UBND xã Âu Lâu", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), List.of()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("UBND XÃ ÂU LÂU");
            assertThat(text(sheet, LogBookExport.FIRST_ROW, 0)).isEqualTo("Không có hồ sơ trong kỳ.");
        }
    }

    String text(Sheet sheet, int row, int column) {
        return shown.formatCellValue(sheet.getRow(row).getCell(column));
    }

    List<String> row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(shown.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}
