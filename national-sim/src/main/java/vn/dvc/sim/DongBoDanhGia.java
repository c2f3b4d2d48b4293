package vn.dvc.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code DongBoDanhGia}: the province's monthly ratings summary (NATIONAL-PORTAL.md §4), {@code data} a list of
 * {@code {NgayTongHop:"M-yyyy", TongSoNguoiDanhGia, PhanTramDanhGiaRatHaiLong:"x%", PhanTramDanhGiaHaiLong,
 * PhanTramDanhGiaChuaHaiLong, DanhSachNoiDungYKien, MaThuTuc, NoiDung, PhanTramDanhGiaDichVu{RatHaiLong|HaiLong|
 * ChuaHaiLong}, Madonvi, TenDonVi}}. Refused: a month not {@code M-yyyy}, a count that is not a positive whole
 * number, a percentage not written {@code "x%"} or three that do not add up to 100 %, a missing agency. Recorded
 * under the month ({@code /sim/received?mahoso=11-2026}) and in {@code /sim/ratings}.
 */
@Component
class DongBoDanhGia implements SimService {

    private final SimRatings ratings;

    DongBoDanhGia(SimRatings ratings) {
        this.ratings = ratings;
    }

    @Override
    public String name() {
        return "DongBoDanhGia";
    }

    @Override
    public void handle(JsonNode request, ObjectNode answer) {
        JsonNode data = request.path("data");
        if (!data.isArray() || data.isEmpty()) {
            throw new Refused("Thiếu danh sách đánh giá (data)");
        }
        Map<String, List<JsonNode>> byMonth = new LinkedHashMap<>();
        for (JsonNode item : data) {
            String month = WireRules.required(item, "NgayTongHop");
            if (!month.matches("(1[0-2]|[1-9])-[0-9]{4}")) {
                throw new Refused("NgayTongHop phải có dạng M-yyyy: " + month);
            }
            String total = WireRules.required(item, "TongSoNguoiDanhGia");
            if (!total.matches("[1-9][0-9]*")) {
                throw new Refused("TongSoNguoiDanhGia không phải số dương: " + total);
            }
            int sum = percent(item, "PhanTramDanhGiaRatHaiLong") + percent(item, "PhanTramDanhGiaHaiLong")
                    + percent(item, "PhanTramDanhGiaChuaHaiLong");
            if (sum != 100) {
                throw new Refused("Ba tỷ lệ đánh giá cộng lại " + sum + "%, không phải 100%");
            }
            JsonNode service = item.path("PhanTramDanhGiaDichVu");
            if (!service.isObject()) {
                throw new Refused("Thiếu PhanTramDanhGiaDichVu");
            }
            percent(service, "RatHaiLong");
            percent(service, "HaiLong");
            percent(service, "ChuaHaiLong");
            if (!item.has("MaThuTuc") || !item.path("DanhSachNoiDungYKien").isArray()) {
                throw new Refused("Thiếu MaThuTuc hoặc DanhSachNoiDungYKien");
            }
            WireRules.required(item, "Madonvi");
            WireRules.required(item, "TenDonVi");
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(item);
        }
        byMonth.forEach(ratings::add);
    }

    @Override
    public List<String> dossierCodes(JsonNode request) {
        List<String> months = new ArrayList<>();
        for (JsonNode item : request.path("data")) {
            String month = item.path("NgayTongHop").asString("");
            if (!month.isBlank() && !months.contains(month)) {
                months.add(month);
            }
        }
        return months;
    }

    private static int percent(JsonNode item, String field) {
        String text = WireRules.required(item, field);
        if (!text.matches("(100|[1-9]?[0-9])%")) {
            throw new Refused("Trường " + field + " phải có dạng x%: " + text);
        }
        return Integer.parseInt(text.substring(0, text.length() - 1));
    }
}
