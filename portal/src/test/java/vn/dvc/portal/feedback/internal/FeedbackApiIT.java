package vn.dvc.portal.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.PortalTest;

/**
 * The feedback API over HTTP on the whole application with the demo catalogue: anonymous submission with a
 * one-time code and Idempotency-Key, refusals as problem JSON listing every field, the public FAQ search without
 * diacritics, and the Centre-only export refusing anonymous callers.
 */
@PortalTest
class FeedbackApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> post(String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String question(String verification) {
        return """
                {"kind": "QUESTION", "procedureCode": "1.001193", "title": "Hỏi về khai sinh quá hạn",
                 "body": "Con tôi đã hai tuổi nhưng chưa đăng ký khai sinh. Tôi cần làm thủ tục gì?",
                 "asker": {"kind": "INDIVIDUAL", "fullName": "Lương Văn Tùng", "idKind": "CITIZEN_ID",
                           "idNumber": "015089111222", "address": "Xã Văn Phú, thành phố Yên Bái",
                           "phone": "0977 111 222"},
                 "consent": true%s}""".formatted(verification);
    }

    @Test
    void anAnonymousSubmissionNeedsACodeAndIsIdempotent() throws Exception {
        HttpResponse<String> refused = post("/api/v1/questions", question(""), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").toString()).contains("verificationCode");

        HttpResponse<String> sent = post("/api/v1/question-verifications",
                "{\"channel\": \"SMS\", \"destination\": \"0977 111 222\"}", null);
        assertThat(sent.statusCode()).isEqualTo(201);
        String verification = json.readTree(sent.body()).get("verificationId").asString();
        String code = jdbc.sql("SELECT body FROM identity_dev_mailbox WHERE recipient = '0977111222' "
                        + "AND subject = 'Mã xác minh gửi câu hỏi' ORDER BY sent_at DESC LIMIT 1")
                .query(String.class).single().replaceAll("(?s).*?\\b([0-9]{6})\\b.*", "$1");
        String body = question(", \"verification\": {\"id\": \"" + verification + "\", \"code\": \"" + code + "\"}");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> created = post("/api/v1/questions", body, key);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(created.body());
        assertThat(receipt.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(receipt.get("reference").asString()).startsWith("PA-");
        assertThat(receipt.get("trackingUrl").asString()).contains("/hoi-dap/theo-doi/");

        // the same key again: the same receipt, no second item (the code is used up, so a real resubmission
        // would fail)
        HttpResponse<String> replay = post("/api/v1/questions", body, key);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(json.readTree(replay.body()).get("id").asString()).isEqualTo(receipt.get("id").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM feedback_question WHERE title = 'Hỏi về khai sinh quá hạn'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theFaqIsSearchedWithoutDiacritics() throws Exception {
        HttpResponse<String> response = get("/api/v1/faq?q=chung+thuc+ban+sao&size=5");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(response.body());
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("items").get(0).get("title").asString()).contains("Chứng thực bản sao");
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(get("/api/v1/faq?size=1000").statusCode()).isEqualTo(400);
        assertThat(json.readTree(get("/api/v1/faq?sector=TP").body()).get("items").toString())
                .contains("khai sinh").doesNotContain("hộ kinh doanh");
    }

    @Test
    void badlyEncodedOrNulFilledSearchParametersAreProblemsNamingTheParameter() throws Exception {
        // #14: these answered 500
        for (String[] bad : new String[][] {{"/api/v1/faq?q=%C3%28", "q"}, {"/api/v1/faq?procedure=%00", "procedure"},
                {"/api/v1/faq?sector=%00", "sector"}}) {
            HttpResponse<String> response = get(bad[0]);
            assertThat(response.statusCode()).as(bad[0] + " " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("code").asString()).isEqualTo("INVALID_PARAMETER");
            assertThat(problem.get("parameter").asString()).isEqualTo(bad[1]);
        }
    }

    @Test
    void theExportIsForTheCentreOnly() throws Exception {
        HttpResponse<String> response = get("/api/v1/feedback/export?from=2026-11-01&to=2026-11-30");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(get("/api/v1/questions/mine").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/feedback/export?from=2026-11-30&to=2026-11-01").statusCode()).isEqualTo(401);
    }
}
