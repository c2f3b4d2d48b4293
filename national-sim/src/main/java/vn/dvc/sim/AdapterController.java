package vn.dvc.sim;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The National Portal's integration adapter as the province calls it (NATIONAL-PORTAL.md §1):
 * {@code POST /adapter/auth} {@code {"username","password"}} → {@code {"session","error_code":0}}, and
 * {@code POST /adapter/integration} {@code {"session","madonvi","service", …}}, both with a {@code dstcode} header.
 * Answers: {@code error_code} 0 success; 1 refused for good (with {@code message}); 2 the session is invalid or has
 * expired (sign in again); HTTP 503 (or the status set) while a fault says so.
 */
@RestController
class AdapterController {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int SESSION_INVALID = 2;

    private final Sessions sessions;
    private final Faults faults;
    private final ReceivedLog received;
    private final Map<String, SimService> services;
    private final JsonMapper json;

    AdapterController(Sessions sessions, Faults faults, ReceivedLog received, List<SimService> services,
                      JsonMapper json) {
        this.sessions = sessions;
        this.faults = faults;
        this.received = received;
        this.services = services.stream().collect(Collectors.toMap(SimService::name, Function.identity()));
        this.json = json;
    }

    @PostMapping("/adapter/auth")
    ResponseEntity<ObjectNode> auth(@RequestHeader(name = "dstcode", required = false) String dstcode,
                                    @RequestBody JsonNode body) {
        pause(faults.latencyMs());
        if (faults.down()) {
            return ResponseEntity.status(503).body(error(503, "Hệ thống đang bảo trì"));
        }
        if (dstcode == null || dstcode.isBlank()) {
            return ResponseEntity.ok(error(REFUSED, "Thiếu mã đơn vị (dstcode)"));
        }
        String token = sessions.open(body.path("username").asString(""), body.path("password").asString(""));
        if (token == null) {
            return ResponseEntity.ok(error(REFUSED, "Sai tên đăng nhập hoặc mật khẩu"));
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("session", token);
        answer.put("error_code", OK);
        return ResponseEntity.ok(answer);
    }

    @PostMapping("/adapter/integration")
    ResponseEntity<ObjectNode> integration(@RequestHeader(name = "dstcode", required = false) String dstcode,
                                           @RequestBody JsonNode body) {
        pause(faults.latencyMs());
        if (faults.down()) {
            return ResponseEntity.status(503).body(error(503, "Hệ thống đang bảo trì"));
        }
        if (!sessions.valid(body.path("session").asString(null))) {
            return ResponseEntity.ok(error(SESSION_INVALID, "Phiên làm việc không hợp lệ hoặc đã hết hạn"));
        }
        if (dstcode == null || dstcode.isBlank()) {
            return ResponseEntity.ok(error(REFUSED, "Thiếu mã đơn vị (dstcode)"));
        }
        String name = body.path("service").asString("");
        SimService service = services.get(name);
        if (service == null) {
            return ResponseEntity.ok(error(REFUSED, "Dịch vụ không tồn tại: " + name));
        }
        int serverError = faults.takeServerError(name);
        if (serverError != 0) {
            return ResponseEntity.status(serverError).body(error(serverError, "Lỗi máy chủ (giả lập)"));
        }
        List<String> codes = service.dossierCodes(body);
        for (String code : codes) {
            if (faults.refuses(code)) {
                return ResponseEntity.ok(error(REFUSED, "Dữ liệu hồ sơ " + code + " không hợp lệ (giả lập từ chối)"));
            }
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("error_code", OK);
        answer.put("message", "Thành công");
        if (!codes.isEmpty() && faults.takeDrop(name)) {
            return ResponseEntity.ok(answer);
        }
        try {
            service.handle(body, answer);
        } catch (SimService.Refused refused) {
            return ResponseEntity.ok(error(REFUSED, refused.getMessage()));
        }
        ObjectNode recorded = (ObjectNode) body.deepCopy();
        recorded.remove("session");
        for (String code : codes) {
            received.add(name, code, recorded);
        }
        pause(faults.takeTimeout(name));
        return ResponseEntity.ok(answer);
    }

    private ObjectNode error(int code, String message) {
        ObjectNode node = json.createObjectNode();
        node.put("error_code", code);
        node.put("message", message);
        return node;
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
