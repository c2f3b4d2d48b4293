package vn.dvc.sim;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The National Portal's citizen page, simulated ({@code GET /cong-dan}): a test person picks a procedure of the
 * province (from the portal's own public catalogue API — no copy of it lives here), types the applicant's name,
 * VNeID number, phone, e-mail and a summary, attaches a file per component or takes a generated sample, and files.
 * The simulator gives the dossier a national id ({@link CitizenFilings}), keeps the files for
 * {@code GET /sim/files/{id}}, pushes the dossier to the province as the real National Portal does
 * ({@code POST {portal}/api/v1/national-portal/dossiers}, {@code X-Api-Key}, the files by link), records the push
 * in {@code /sim/received} under the national id as service {@code NopHoSo}, and shows the province's answer. The
 * {@code duplicateDeliveries} fault pushes it twice.
 */
@Controller
class CitizenPage {

    static final String SERVICE = "NopHoSo";
    private static final DateTimeFormatter NATIONAL_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final PortalCalls portal;
    private final SimFiles files;
    private final CitizenFilings filings;
    private final ReceivedLog received;
    private final Faults faults;
    private final JsonMapper json;
    private final String filesBaseUrl;

    CitizenPage(PortalCalls portal, SimFiles files, CitizenFilings filings, ReceivedLog received, Faults faults,
            JsonMapper json, @Value("${sim.files-base-url:}") String filesBaseUrl) {
        this.portal = portal;
        this.files = files;
        this.filings = filings;
        this.received = received;
        this.faults = faults;
        this.json = json;
        this.filesBaseUrl = filesBaseUrl;
    }

    @GetMapping("/cong-dan")
    String start(Model model) {
        try {
            model.addAttribute("procedures", portal.onlineProcedures());
        } catch (PortalCalls.Unreachable e) {
            model.addAttribute("procedures", List.of());
            model.addAttribute("portalError", e.getMessage());
        }
        model.addAttribute("filings", filings.all());
        return "cong-dan";
    }

    @GetMapping("/cong-dan/nop")
    String form(@RequestParam(name = "thuTuc", required = false) String procedureCode,
            @RequestParam(name = "truongHop", required = false) String caseCode, Model model) {
        if (procedureCode == null || procedureCode.isBlank()) {
            return "redirect:/cong-dan";
        }
        JsonNode procedure = portal.procedure(procedureCode.strip());
        if (procedure == null) {
            model.addAttribute("procedures", List.of());
            model.addAttribute("portalError", "Cổng tỉnh không có thủ tục " + procedureCode);
            model.addAttribute("filings", filings.all());
            return "cong-dan";
        }
        fill(model, procedure, caseCode, Map.of(), Map.of());
        return "cong-dan-nop";
    }

    @PostMapping("/cong-dan/nop")
    String file(HttpServletRequest request, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : List.of("thuTuc", "truongHop", "hoTen", "soDinhDanh", "soDienThoai", "email", "diaChi",
                "trichYeu", "donViXuLy")) {
            String value = request.getParameter(name);
            form.put(name, value == null ? "" : value.strip());
        }
        JsonNode procedure = portal.procedure(form.get("thuTuc"));
        if (procedure == null) {
            return "redirect:/cong-dan";
        }
        Map<String, String> errors = check(form);
        JsonNode procedureCase = chosenCase(procedure, form.get("truongHop"));
        if (!errors.isEmpty() || procedureCase == null) {
            fill(model, procedure, form.get("truongHop"), form, errors);
            return "cong-dan-nop";
        }
        String nationalId = filings.newId();
        MultiValueMap<String, MultipartFile> uploads = request instanceof MultipartHttpServletRequest multipart
                ? multipart.getMultiFileMap() : new org.springframework.util.LinkedMultiValueMap<>();
        ObjectNode message = message(nationalId, procedure, procedureCase, form, uploads, baseUrl(request));
        CitizenFilings.Filing filing = filings.add(nationalId, procedure.path("code").asString(),
                procedure.path("name").asString(), message);
        int deliveries = faults.takeDuplicateDelivery() ? 2 : 1;
        for (int i = 0; i < deliveries; i++) {
            received.add(SERVICE, nationalId, message);
            try {
                PortalCalls.Answer answer = portal.push(message);
                filings.answered(filing, answer.status(), answer.json());
            } catch (PortalCalls.Unreachable e) {
                ObjectNode failure = json.createObjectNode();
                failure.put("detail", e.getMessage());
                filings.answered(filing, 0, failure);
            }
        }
        return "redirect:/cong-dan/ho-so/" + nationalId;
    }

    @GetMapping("/cong-dan/ho-so/{nationalId}")
    String filed(@PathVariable String nationalId, Model model) {
        CitizenFilings.Filing filing = filings.find(nationalId);
        if (filing == null) {
            return "redirect:/cong-dan";
        }
        model.addAttribute("filing", filing);
        model.addAttribute("answer", filing.last());
        return "cong-dan-ket-qua";
    }

    /** What the person typed, checked as the National Portal checks it; field → message. */
    static Map<String, String> check(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.get("hoTen").isEmpty()) {
            errors.put("hoTen", "Nhập họ và tên người nộp.");
        }
        if (!form.get("soDinhDanh").replaceAll("[\\s.]", "").matches("[0-9]{12}")) {
            errors.put("soDinhDanh", "Số định danh cá nhân (VNeID) gồm 12 chữ số.");
        }
        String phone = form.get("soDienThoai").replaceAll("[\\s.-]", "");
        if (!phone.matches("0[0-9]{9,10}")) {
            errors.put("soDienThoai", "Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0.");
        }
        String email = form.get("email");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Thư điện tử không đúng dạng, ví dụ ten@vi-du.vn.");
        }
        if (form.get("trichYeu").isEmpty()) {
            errors.put("trichYeu", "Nhập trích yếu (nội dung yêu cầu).");
        }
        return errors;
    }

    private void fill(Model model, JsonNode procedure, String caseCode, Map<String, String> form,
            Map<String, String> errors) {
        List<JsonNode> cases = onlineCases(procedure);
        JsonNode chosen = chosenCase(procedure, caseCode);
        List<Map<String, String>> agencies = new ArrayList<>();
        for (JsonNode role : procedure.path("agencies")) {
            String code = role.path("agencyCode").asString("");
            if ("IMPLEMENTING".equals(role.path("kind").asString("")) && !code.isBlank()) {
                agencies.add(Map.of("code", code, "name", role.path("name").asString(code)));
            }
        }
        List<Map<String, Object>> components = new ArrayList<>();
        if (chosen != null) {
            for (JsonNode component : chosen.path("components")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", component.path("code").asString());
                row.put("name", component.path("name").asString());
                row.put("required", component.path("required").asBoolean(false));
                components.add(row);
            }
        }
        model.addAttribute("procedure", procedure);
        model.addAttribute("cases", cases);
        model.addAttribute("chosenCase", chosen);
        model.addAttribute("agencies", agencies);
        model.addAttribute("components", components);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }

    private static List<JsonNode> onlineCases(JsonNode procedure) {
        List<JsonNode> cases = new ArrayList<>();
        for (JsonNode procedureCase : procedure.path("cases")) {
            for (JsonNode way : procedureCase.path("ways")) {
                if ("ONLINE".equals(way.path("channel").asString(""))) {
                    cases.add(procedureCase);
                    break;
                }
            }
        }
        return cases;
    }

    private static JsonNode chosenCase(JsonNode procedure, String caseCode) {
        List<JsonNode> cases = onlineCases(procedure);
        for (JsonNode procedureCase : cases) {
            if (procedureCase.path("code").asString("").equals(caseCode)) {
                return procedureCase;
            }
        }
        return cases.isEmpty() ? null : cases.get(0);
    }

    /** The HoSoDongBoDVC message, files by link. */
    private ObjectNode message(String nationalId, JsonNode procedure, JsonNode procedureCase, Map<String, String> form,
            MultiValueMap<String, MultipartFile> uploads, String base) {
        ObjectNode m = json.createObjectNode();
        String identity = form.get("soDinhDanh").replaceAll("[\\s.]", "");
        m.put("MaHoSo", nationalId);
        m.put("MaTTHC", procedure.path("code").asString());
        m.put("TenTTHC", procedure.path("name").asString());
        m.put("MaTruongHop", procedureCase.path("code").asString());
        m.put("MaLinhVuc", procedure.path("field").path("code").asString(""));
        m.put("TenLinhVuc", procedure.path("field").path("name").asString(""));
        m.put("ChuHoSo", form.get("hoTen"));
        m.put("LoaiDoiTuong", "1");
        m.put("MaDoiTuong", "CD" + Integer.toHexString(identity.hashCode()).toUpperCase(Locale.ROOT));
        m.put("SoDinhDanh", identity);
        m.put("MucDoDinhDanh", "2");
        m.put("SoGiayToChuHoSo", identity);
        if (!form.get("diaChi").isEmpty()) {
            m.put("DiaChi", form.get("diaChi"));
        }
        m.put("SoDienThoai", form.get("soDienThoai").replaceAll("[\\s.-]", ""));
        m.put("Email", form.get("email"));
        m.put("TrichYeuHoSo", form.get("trichYeu"));
        m.put("NgayTiepNhan", LocalDateTime.now(ReceivedLog.ZONE).format(NATIONAL_DATE));
        m.put("HinhThuc", "0");
        if (!form.get("donViXuLy").isEmpty()) {
            m.put("DonViXuLy", form.get("donViXuLy"));
        }
        m.put("KenhThucHien", "2");
        ArrayNode fees = m.putArray("DanhSachLePhi");
        for (JsonNode way : procedureCase.path("ways")) {
            if ("ONLINE".equals(way.path("channel").asString(""))) {
                for (JsonNode fee : way.path("fees")) {
                    ObjectNode f = fees.addObject();
                    f.put("MaLePhi", fee.path("code").asString(""));
                    f.put("TenLePhi", fee.path("description").asString(""));
                    f.put("SoTien", fee.path("amountVnd").asLong(0));
                }
            }
        }
        ArrayNode documents = m.putArray("TaiLieuNop");
        int n = 0;
        for (JsonNode component : procedureCase.path("components")) {
            String code = component.path("code").asString();
            MultipartFile upload = uploads.getFirst("tep-" + code);
            String name;
            String type;
            byte[] content;
            if (upload != null && !upload.isEmpty()) {
                name = upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()
                        ? code + ".pdf" : upload.getOriginalFilename();
                type = upload.getContentType() == null ? "application/octet-stream" : upload.getContentType();
                try {
                    content = upload.getBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (component.path("required").asBoolean(false)) {
                boolean pdf = acceptsPdf(component);
                name = code.toLowerCase(Locale.ROOT) + (pdf ? "-mau.pdf" : "-mau.png");
                type = pdf ? "application/pdf" : "image/png";
                content = pdf ? SampleFiles.pdf("Ho so mau " + nationalId + " " + code) : SampleFiles.png();
            } else {
                continue;
            }
            String id = files.store(name, type, content);
            ObjectNode document = documents.addObject();
            document.put("TepDinhKemId", String.valueOf(++n));
            document.put("TenTepDinhKem", name);
            document.put("MaThanhPhanHoSo", code);
            document.put("DuongDanTaiTepTin", base + "/sim/files/" + id);
            document.put("IsDeleted", "False");
        }
        return m;
    }

    private static boolean acceptsPdf(JsonNode component) {
        JsonNode types = component.path("mediaTypes");
        if (!types.isArray() || types.isEmpty()) {
            return true;
        }
        for (JsonNode type : types) {
            if ("application/pdf".equals(type.asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** Where the province fetches the files: {@code sim.files-base-url}, else this simulator on localhost. */
    private String baseUrl(HttpServletRequest request) {
        if (filesBaseUrl != null && !filesBaseUrl.isBlank()) {
            return filesBaseUrl.endsWith("/") ? filesBaseUrl.substring(0, filesBaseUrl.length() - 1) : filesBaseUrl;
        }
        return "http://localhost:" + request.getLocalPort();
    }
}
