package vn.dvc.portal.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.PortalTest;

/** The public catalogue API over HTTP (#4 item 7): lists, the full record, the agency tree, bad parameters. */
@PortalTest
@TestPropertySource(properties = CatalogFixtures.PROPERTIES)
class CatalogApiIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void searchListsRankedItemsWithPaging() throws Exception {
        JsonNode three = json(get("/api/v1/procedures?q=" + encode("dang ky") + "&size=3"), 200);
        assertThat(three.get("items")).extracting(item -> item.get("name").asString())
                .allMatch(name -> name.contains("đăng ký"));
        JsonNode page = json(get("/api/v1/procedures?q=" + encode("dang ky") + "&size=2&page=1"), 200);
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        JsonNode first = json(get("/api/v1/procedures?q=" + encode("khai sinh")), 200).get("items").get(0);
        assertThat(first.get("code").asString()).isEqualTo("1.001193");
        assertThat(first.get("name").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(first.get("sector").asString()).isEqualTo("Tư pháp");
        assertThat(first.get("field").asString()).isEqualTo("Hộ tịch");
        assertThat(first.get("onlineLevel").asString()).isEqualTo("FULL");

        assertThat(json(get("/api/v1/procedures?sector=CA"), 200).get("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/v1/procedures?onlineLevel=PARTIAL"), 200).get("items").get(0).get("code").asString())
                .isIn("1.000894", "2.000815");
        assertThat(json(get("/api/v1/procedures?agency=000.00.15.H63"), 200).get("items").get(0).get("code")
                .asString()).isEqualTo("2.000815");
        assertThat(json(get("/api/v1/procedures?level=" + encode("Cấp tỉnh")), 200).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theFullRecordAndUnknownCodes() throws Exception {
        JsonNode birth = json(get("/api/v1/procedures/1.001193"), 200);
        assertThat(birth.get("version").asInt()).isEqualTo(1);
        assertThat(birth.get("cases").get(0).get("components")).hasSize(3);
        assertThat(birth.get("cases").get(0).get("ways").get(0).get("timeLimit").get("unit").asString())
                .isEqualTo("WORKING_DAYS");
        JsonNode missing = json(get("/api/v1/procedures/9.999999"), 404);
        assertThat(missing.get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theAgencyTreeWithValidityAndSuccessors() throws Exception {
        JsonNode all = json(get("/api/v1/agencies"), 200);
        assertThat(all.get("items").get(0).get("code").asString()).isEqualTo("000.00.00.H63");
        JsonNode old = null;
        for (JsonNode item : all.get("items")) {
            if (item.get("code").asString().equals("000.21.22.H63")) {
                old = item;
            }
        }
        assertThat(old).isNotNull();
        assertThat(old.get("successorCode").asString()).isEqualTo("000.01.31.H63");
        assertThat(old.get("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(old.get("level").asString()).isEqualTo("COMMUNE");
        assertThat(old.get("parentCode").asString()).isEqualTo("000.00.00.H63");
        assertThat(json(get("/api/v1/agencies?validOn=2026-01-01"), 200).get("total").asInt()).isEqualTo(4);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        for (String[] bad : new String[][] {{"/api/v1/procedures?onlineLevel=LEVEL5", "onlineLevel"},
                {"/api/v1/procedures?page=0", "page"}, {"/api/v1/procedures?size=1000", "size"},
                {"/api/v1/procedures?page=abc", "page"}, {"/api/v1/procedures?agency=000.99.99.H63", "agency"},
                {"/api/v1/procedures/1001193", "code"}, {"/api/v1/agencies?validOn=01-01-2026", "validOn"}}) {
            HttpResponse<String> response = get(bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("code").asString()).isEqualTo("INVALID_PARAMETER");
            assertThat(problem.get("parameter").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void badlyEncodedOrNulFilledParametersAreProblemsNamingTheParameterNotFailures() throws Exception {
        // #14: these answered 500 — invalid percent-encoded UTF-8, and a NUL byte the database refuses
        for (String[] bad : new String[][] {{"/api/v1/procedures?q=%C3%28", "q"},
                {"/api/v1/procedures?sector=%00", "sector"}, {"/api/v1/procedures?field=%00", "field"},
                {"/api/v1/procedures?agency=%00", "agency"}, {"/api/v1/procedures?q=khai+sinh&level=a%00b", "level"}}) {
            HttpResponse<String> response = get(bad[0]);
            assertThat(response.statusCode()).as(bad[0] + " " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("code").asString()).as(bad[0]).isEqualTo("INVALID_PARAMETER");
            assertThat(problem.get("parameter").asString()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(problem.get("errors").get(0).get("parameter").asString()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(problem.get("errors").get(0).get("message").asString()).as(bad[0]).isNotBlank();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
