package vn.dvc.portal.processing.internal;

import java.util.List;

/** What demo officers and applicants write in the demo dossiers' actions (real-looking Vietnamese, no filler). */
final class DemoTexts {

    static final List<String> DESK_REFUSALS = List.of(
            "Thủ tục không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại Ủy ban nhân dân cấp xã nơi cư trú.",
            "Giấy tờ tùy thân đã hết thời hạn sử dụng; đề nghị cấp đổi trước khi nộp hồ sơ.",
            "Người nộp không phải là người có yêu cầu và không có văn bản ủy quyền hợp lệ.");
    static final List<String> SUPPLEMENT_REASONS = List.of(
            "Thông tin trên tờ khai chưa khớp với giấy tờ tùy thân.",
            "Bản chụp giấy tờ kèm theo không rõ nét, không đọc được nội dung.",
            "Thiếu văn bản thể hiện sự đồng ý của các thành viên có liên quan.");
    static final List<String> SUPPLEMENT_ITEMS = List.of(
            "Tờ khai đã sửa thông tin cho khớp với Căn cước công dân",
            "Bản chụp rõ nét giấy tờ chứng minh nơi cư trú",
            "Văn bản thỏa thuận có chữ ký của các thành viên",
            "Giấy ủy quyền có chứng thực chữ ký");
    static final List<String> REFUSALS = List.of(
            "Hồ sơ không đủ điều kiện theo quy định tại văn bản quy phạm pháp luật làm căn cứ giải quyết thủ tục.",
            "Kết quả xác minh cho thấy thông tin kê khai không đúng sự thật.",
            "Nội dung đề nghị trùng với hồ sơ đã được giải quyết trước đó.");
    static final List<String> WITHDRAWALS = List.of(
            "Công dân có đơn đề nghị rút hồ sơ để bổ sung thêm giấy tờ và nộp lại sau.",
            "Người nộp đề nghị rút hồ sơ do thay đổi nhu cầu.");
    static final List<String> STOPS = List.of(
            "Dừng giải quyết do có văn bản của cơ quan có thẩm quyền đề nghị tạm dừng để xác minh.",
            "Dừng giải quyết do người yêu cầu không đến thực hiện nghĩa vụ theo giấy hẹn.");
    static final List<String> APOLOGIES = List.of(
            "Cần thêm thời gian xác minh thông tin với cơ quan có liên quan.",
            "Hệ thống cơ sở dữ liệu chuyên ngành gián đoạn, chưa thể cập nhật kết quả.",
            "Cán bộ thụ lý đi công tác đột xuất; hồ sơ được phân công lại.");
    static final List<String> FORWARDS = List.of(
            "Hồ sơ đầy đủ, hợp lệ; chuyển bước tiếp theo.",
            "Đã thẩm định, đủ điều kiện; kính trình lãnh đạo xem xét.",
            "Đã kiểm tra, đề nghị chuyển xử lý.");
    static final List<String> APPROVALS = List.of(
            "Đồng ý, ký duyệt kết quả.",
            "Phê duyệt; chuyển Bộ phận Một cửa trả kết quả.");

    private DemoTexts() {
    }
}
