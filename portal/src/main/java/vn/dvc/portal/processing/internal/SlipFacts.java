package vn.dvc.portal.processing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the processing slips print (Circular 01/2018/TT-VPCP, REGULATORY-FACTS §3), filled by the runtime from
 * the dossier, its history and the catalogue. {@link ProcessingSlips} turns them into A5 PDFs and
 * {@link LogBookExport} the log book into a workbook; neither reads anything else.
 */
final class SlipFacts {

    private SlipFacts() {
    }

    /**
     * The agency issuing a slip.
     *
     * @param agencyName the agency, e.g. "Sở Tư pháp"
     * @param parentName its superior body, for the header line (e.g. "UBND TỈNH YÊN BÁI")
     * @param address    its address, printed in the help line when not blank
     * @param phone      its phone, printed in the help line when not blank
     */
    record Office(String agencyName, String parentName, String address, String phone) {
    }

    /** Form 02 during processing — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    record SupplementRequest(Office office, String dossierCode, String procedureName, String applicantName,
            Instant receivedAt, Instant requestedAt, String reason, List<String> items, String officerName,
            int requestNumber) {

        SupplementRequest {
            items = List.copyOf(items);
        }
    }

    /**
     * Form 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả, signed by the head of the agency that caused the delay.
     *
     * @param apologisedAt when the apology was issued (the slip's date line)
     */
    record Apology(Office office, String dossierCode, String procedureName, String applicantName, Instant receivedAt,
            Instant originalDue, Instant newDue, String reason, String causingAgencyName, String signerName,
            Instant apologisedAt) {
    }

    /**
     * One hand-over on the control sheet (Form 05).
     *
     * @param fromParty the giver (person and unit), "Người giao"
     * @param toParty   the receiver (person and unit), "Người nhận"
     * @param at        when the dossier changed hands
     * @param stepDue   when the giver's step was due, if it had a time allotment
     * @param outcome   "Trước hạn", "Đúng hạn", "Quá hạn" or "Đang xử lý"
     * @param note      free text, may be empty
     */
    record Handover(String fromParty, String toParty, Instant at, @Nullable Instant stepDue, String outcome,
            String note) {
    }

    /** Form 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    record ControlSheet(Office office, String dossierCode, String procedureName, String applicantName,
            Instant receivedAt, Instant due, List<Handover> handovers) {

        ControlSheet {
            handovers = List.copyOf(handovers);
        }
    }

    /** Refusal after appraisal, Form 03 wording adapted — Phiếu từ chối giải quyết hồ sơ. */
    record Refusal(Office office, String dossierCode, String procedureName, String applicantName, Instant receivedAt,
            Instant refusedAt, String reason, String officerName) {
    }

    /**
     * One row of the log book (Form 06), in the form's column order.
     *
     * @param number                   (1) TT
     * @param dossierCode              (2) Mã hồ sơ
     * @param procedureName            (3) Tên TTHC
     * @param sets                     (4) Số lượng hồ sơ (bộ)
     * @param applicantName            (5) Tên cá nhân, tổ chức
     * @param applicantAddressAndPhone (6) Địa chỉ, số điện thoại
     * @param competentAgencyName      (7) Cơ quan chủ trì giải quyết
     * @param receivedAt               (8) Nhận hồ sơ
     * @param due                      (9) Hẹn trả kết quả
     * @param transferredAt            (10) Chuyển hồ sơ đến cơ quan giải quyết — when the one-stop unit passed it on
     * @param resultOrSupplementAt     (11) Nhận kết quả giải quyết hồ sơ / Yêu cầu bổ sung
     * @param returnedAt               (12) Trả kết quả cho cá nhân, tổ chức; (13) "Ký nhận" is left for the signature
     * @param note                     (14) Ghi chú
     */
    record LogBookRow(int number, String dossierCode, String procedureName, int sets, String applicantName,
            String applicantAddressAndPhone, String competentAgencyName, Instant receivedAt, Instant due,
            @Nullable Instant transferredAt, @Nullable Instant resultOrSupplementAt, @Nullable Instant returnedAt,
            String note) {
    }

    /** Form 06 — Sổ theo dõi hồ sơ of one agency over a period (both days included). */
    record LogBook(String agencyName, LocalDate from, LocalDate to, List<LogBookRow> rows) {

        LogBook {
            rows = List.copyOf(rows);
        }
    }
}
