package vn.dvc.sim;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The list form of {@code TraCuuHoSo}, for the province's daily reconciliation (#15): {@code {"madonvi": <agency>,
 * "tungay": "yyyyMMdd", "denngay": "yyyyMMdd"}} → {@code data: [{MaHoSo, MaDonVi, DonViXuLy, TrangThaiHoSo,
 * NgayTiepNhan}]}, the dossiers the national side knows (a {@code DongBoHoSoMC} record) counted under that agency and
 * whose {@code NgayTiepNhan} falls on a day of the range (both ends included), by {@code MaHoSo}. A dossier is
 * counted under the agency ({@code madonvi}) of the envelope of its last accepted {@code DongBoHoSoMC}, or under its
 * {@code DonViXuLy} (which provinces fill with the agency's code or its name); {@code MaDonVi} says which agency
 * matched. {@code TrangThaiHoSo} is the status as last told (the last progress entry's, else the record's), as the
 * lookup by code answers it.
 *
 * <p>Tolerant on input: the agency is the envelope's {@code madonvi} (or a {@code MaDonVi} / {@code DonViXuLy} field
 * beside it); a date may be {@code yyyyMMdd}, {@code yyyyMMddHHmmss} or {@code dd/MM/yyyy}; either end may be left
 * out (open range). Refused ({@code error_code} 1): no agency, an unreadable date, a range that ends before it
 * starts.
 */
@Component
class TraCuuHoSoDanhSach {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final NationalDossiers dossiers;
    private final ReceivedLog received;

    TraCuuHoSoDanhSach(NationalDossiers dossiers, ReceivedLog received) {
        this.dossiers = dossiers;
        this.received = received;
    }

    /** Whether the request asks for the list form: no {@code mahoso}, and a {@code tungay} or {@code denngay}. */
    static boolean asked(JsonNode request) {
        return request.path("mahoso").asString("").isBlank()
                && (request.has("tungay") || request.has("denngay"));
    }

    void handle(JsonNode request, ObjectNode answer) {
        String agency = first(request, "MaDonVi", "DonViXuLy", "madonvi");
        if (agency.isBlank()) {
            throw new SimService.Refused("Thiếu mã đơn vị (madonvi)");
        }
        LocalDate from = day(request, "tungay");
        LocalDate to = day(request, "denngay");
        if (from != null && to != null && to.isBefore(from)) {
            throw new SimService.Refused("Khoảng thời gian không hợp lệ: denngay trước tungay");
        }
        Map<String, String> envelopes = envelopeAgencies();
        List<NationalDossiers.Known> found = new ArrayList<>();
        for (NationalDossiers.Known known : dossiers.all()) {
            JsonNode record = known.record();
            if (record == null || !agency.equals(envelopes.get(known.code()))
                    && !agency.equals(record.path("DonViXuLy").asString("").strip())) {
                continue;
            }
            LocalDate received = receivedOn(record.path("NgayTiepNhan").asString(""));
            if (received == null || from != null && received.isBefore(from) || to != null && received.isAfter(to)) {
                continue;
            }
            found.add(known);
        }
        found.sort(Comparator.comparing(NationalDossiers.Known::code));
        ArrayNode data = answer.putArray("data");
        for (NationalDossiers.Known known : found) {
            ObjectNode item = data.addObject();
            item.put("MaHoSo", known.code());
            item.put("MaDonVi", agency);
            item.put("DonViXuLy", known.record().path("DonViXuLy").asString(""));
            item.put("TrangThaiHoSo", String.valueOf(known.status()));
            item.put("NgayTiepNhan", known.record().path("NgayTiepNhan").asString(""));
        }
        answer.put("total", found.size());
    }

    /** By dossier code, the {@code madonvi} of the last accepted {@code DongBoHoSoMC} envelope. */
    private Map<String, String> envelopeAgencies() {
        Map<String, String> agencies = new HashMap<>();
        for (ReceivedLog.Entry entry : received.find(null)) {
            String madonvi = entry.message().path("madonvi").asString("").strip();
            if (entry.service().equals("DongBoHoSoMC") && !madonvi.isBlank()) {
                agencies.put(entry.mahoso(), madonvi);
            }
        }
        return agencies;
    }

    private static String first(JsonNode request, String... fields) {
        for (String field : fields) {
            String value = request.path(field).asString("").strip();
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static LocalDate day(JsonNode request, String field) {
        String text = request.path(field).asString("").strip();
        if (text.isBlank()) {
            return null;
        }
        try {
            if (text.contains("/")) {
                return LocalDate.parse(text, SLASHED);
            }
            if (text.length() == 14) {
                return LocalDate.parse(text.substring(0, 8), DAY);
            }
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            throw new SimService.Refused("Trường " + field + " không đúng định dạng yyyyMMdd: " + text);
        }
    }

    /** The day of a stored {@code yyyyMMddHHmmss} (the province's local time), or null when unreadable. */
    private static LocalDate receivedOn(String text) {
        if (text.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 8), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
