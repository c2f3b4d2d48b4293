package vn.dvc.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a real (embedded) PostgreSQL, over real HTTP: the web shell, the error contract,
 * the request id, health, metrics and the API description (Foundation acceptance items). The failing endpoints
 * are the shared configuration's {@link ErrorProbes}.
 */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class PortalApplicationIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void homePageNamesThePortalAndTheProvinceInVietnamese() throws Exception {
        HttpResponse<String> home = get("/", Map.of());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").contains("UTF-8"));
        assertThat(home.body())
                .contains("<html lang=\"vi\"")
                .contains("Cổng Dịch vụ công")
                .contains("Tỉnh Yên Bái")
                .contains("Trang chủ", "Thủ tục hành chính", "Nộp hồ sơ trực tuyến", "Tra cứu hồ sơ", "Hỏi đáp",
                        "Thống kê", "Tin tức", "Đăng nhập")
                .contains("Trung tâm Phục vụ hành chính công tỉnh Yên Bái")
                .contains("href=\"#main\"");
    }

    @Test
    void englishComesFromAcceptLanguageOrTheSwitchWhichIsRemembered() throws Exception {
        assertThat(get("/", Map.of("Accept-Language", "en-GB,en;q=0.9")).body())
                .contains("<html lang=\"en\"").contains("Public Service Portal");
        assertThat(get("/", Map.of("Accept-Language", "fr-FR")).body()).contains("<html lang=\"vi\"");

        HttpResponse<String> switched = get("/tin-tuc?lang=en", Map.of());
        assertThat(switched.body()).contains("<html lang=\"en\"").contains("News");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(cookie).startsWith("dvc-lang=en");
        assertThat(get("/", Map.of("Cookie", cookie)).body()).contains("Public Service Portal");
    }

    @Test
    void sectionsNotYetBuiltSaySoPlainly() throws Exception {
        // the catalogue (#4), intake (#6), questions (#9) and look-up (#8) have taken their sections over
        for (String path : new String[] {"/thong-ke", "/tin-tuc"}) {
            HttpResponse<String> page = get(path, Map.of());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("Chức năng này chưa được cung cấp trên Cổng.")
                    .contains("aria-current=\"page\"");
            assertThat(page.headers().firstValue("X-Robots-Tag")).as(path).hasValue("noindex");
        }
        // the home page marks exactly the sections not yet built
        String home = get("/", Map.of()).body();
        assertThat(home.split("Chưa cung cấp trực tuyến", -1)).hasSize(3);
        for (String path : new String[] {"/thu-tuc-hanh-chinh", "/nop-ho-so", "/hoi-dap", "/tra-cuu-ho-so"}) {
            assertThat(get(path, Map.of()).body()).as(path).doesNotContain("Chức năng này chưa được cung cấp trên Cổng.");
        }
    }

    @Test
    void unknownPageGivesTheVietnamese404Page() throws Exception {
        HttpResponse<String> page = get("/khong-co-trang-nay", Map.of());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Không tìm thấy trang").contains("Về trang chủ")
                .doesNotContain("Whitelabel").doesNotContain("Exception");
    }

    @Test
    void failingPageGivesTheVietnamese500PageWithoutStackTrace() throws Exception {
        HttpResponse<String> page = get("/test-failing-page", Map.of());
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("Hệ thống đang gặp sự cố")
                .contains(page.headers().firstValue("X-Request-Id").orElseThrow())
                .doesNotContain("IllegalStateException").doesNotContain("at vn.dvc");
    }

    @Test
    void unknownApiPathGivesProblemJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/khong-ton-tai", Map.of("Accept", "application/json"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/khong-ton-tai");
        assertThat(problem.get("requestId").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void malformedJsonBodyGivesProblemJsonAndAWarningCarryingTheRequestId(CapturedOutput output) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/test-echo"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", "it-malformed-0001")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": "))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("MALFORMED_BODY");
        assertThat(problem.get("requestId").asString()).isEqualTo("it-malformed-0001");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at tools.jackson");
        assertThat(output.getAll()).contains("[it-malformed-0001]").contains("MALFORMED_BODY");
    }

    @Test
    void wrongMethodAndUnexpectedFailuresAreProblemJsonToo() throws Exception {
        HttpResponse<String> wrongMethod = get("/api/v1/test-echo", Map.of());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(wrongMethod.body()).get("code").asString()).isEqualTo("METHOD_NOT_ALLOWED");

        HttpResponse<String> failure = get("/api/v1/test-failure", Map.of());
        assertThat(failure.statusCode()).isEqualTo(500);
        JsonNode problem = JSON.readTree(failure.body());
        assertThat(problem.get("code").asString()).isEqualTo("INTERNAL_ERROR");
        assertThat(failure.body()).doesNotContain("IllegalStateException").doesNotContain("secret detail");
    }

    @Test
    void pathsTheServerRefusesUnderTheApiAreProblemJsonToo() throws Exception {
        // #14: rejected by Tomcat (encoded slash, NUL) or by the security firewall (path parameters, "..")
        for (String path : new String[] {"/api/v1/..;/x", "/api/v1/procedures%2F1.001193", "/api/v1/procedures/%00",
                "/api/v1/procedures;jsessionid=1/1.001193", "/api/v1//procedures"}) {
            HttpResponse<String> response = get(path, Map.of("Accept", "application/json"));
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).as(path).isEqualTo(400);
            assertThat(problem.get("code").asString()).as(path).isEqualTo("BAD_REQUEST");
            assertThat(problem.get("requestId").asString()).as(path)
                    .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
            assertThat(response.body()).as(path).doesNotContain("Tomcat").doesNotContain("Exception");
        }
        // a page says so in Vietnamese (English by Accept-Language), without the server's own report
        HttpResponse<String> page = get("/thu-tuc-hanh-chinh%2Fx", Map.of());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"vi\"").contains("Yêu cầu không hợp lệ")
                .contains(page.headers().firstValue("X-Request-Id").orElseThrow())
                .doesNotContain("Tomcat").doesNotContain("HTTP Status");
        assertThat(get("/thu-tuc-hanh-chinh%2Fx", Map.of("Accept-Language", "en")).body())
                .contains("The request is not valid");
    }

    @Test
    void aBadlyEncodedParameterOnAPageIsAClearVietnameseMessage() throws Exception {
        for (String path : new String[] {"/thu-tuc-hanh-chinh?q=%C3%28", "/thu-tuc-hanh-chinh?linh-vuc=%00"}) {
            HttpResponse<String> page = get(path, Map.of());
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).as(path).contains("Yêu cầu không hợp lệ")
                    .contains(path.contains("%00") ? "linh-vuc" : "q").doesNotContain("Exception");
        }
    }

    @Test
    void everyResponseCarriesARequestIdAndUnsafeIdsAreReplaced() throws Exception {
        assertThat(get("/", Map.of()).headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).hasSize(36));
        assertThat(get("/", Map.of("X-Request-Id", "abc<script>")).headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("<").hasSize(36));
        assertThat(get("/actuator/health", Map.of("X-Request-Id", "lb-0123456789")).headers()
                .firstValue("X-Request-Id")).hasValue("lb-0123456789");
    }

    @Test
    void healthProbesIncludeTheDatabase() throws Exception {
        JsonNode health = JSON.readTree(get("/actuator/health", Map.of()).body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        JsonNode readiness = JSON.readTree(get("/actuator/health/readiness", Map.of()).body());
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/liveness", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsAreExposedAndOtherActuatorEndpointsAreNot() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", Map.of());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(get("/actuator/env", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get("/actuator/heapdump", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void openApiDescriptionIsValidJsonAndSwaggerUiIsServed() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", Map.of());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(docs.body());
        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        assertThat(openApi.at("/info/title").asString()).isEqualTo("Cổng Dịch vụ công — API");
        assertThat(openApi.has("paths")).isTrue();
        assertThat(get("/swagger-ui/index.html", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void privateAreasSendAnonymousVisitorsToSignIn() throws Exception {
        for (String path : new String[] {"/quan-tri/lich", "/can-bo/ho-so", "/tai-khoan/ho-so"}) {
            HttpResponse<String> response = get(path, Map.of());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/dang-nhap"));
        }
    }

    @Test
    void referenceDataComesFromMigrations() {
        assertThat(jdbc.sql("SELECT name_vi FROM ref_national_dossier_status ORDER BY code").query(String.class).list())
                .hasSize(10).startsWith("Mới đăng ký").endsWith("Đã trả kết quả");
        assertThat(jdbc.sql("SELECT dvcqg_code FROM ref_national_dossier_status WHERE code = 9")
                .query(String.class).single()).isEqualTo("releasing");
        assertThat(jdbc.sql("SELECT count(*) FROM ref_submission_channel").query(Integer.class).single()).isEqualTo(4);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
