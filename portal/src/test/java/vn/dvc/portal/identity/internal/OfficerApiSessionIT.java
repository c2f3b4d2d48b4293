package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTest;

/**
 * The officers' API with an officer's session (issue #15), on the shared test configuration, where bearer tokens are
 * off ({@code DVC_API_TOKEN_ISSUER} empty): the desk receives a walk-in over the API with the CSRF header, an
 * {@code Idempotency-Key} sent again gives the same dossier once, a session may leave the key out; and a bearer
 * token is then just an anonymous call, 401 — {@code OfficerApiIT} (a system test) does the same with real tokens.
 */
@PortalTest
class OfficerApiSessionIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PortalProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.dvc.portal.catalog.Procedures procedures;

    @Test
    void theDeskWalksInADossierOverTheApiOnceWithAKeyAndBearerTokensAreOffWithoutAnIssuer() {
        WebSession desk = new WebSession(port);
        assertThat(WebSession.location(desk.signInOfficer("demo.desk", properties.demoPassword()))).endsWith("/tai-khoan");
        desk.get("/tai-khoan");
        String name = "Ông Văn Phiên " + UUID.randomUUID().toString().substring(0, 4);
        String body = """
                {"procedureCode": "1.004884", "caseCode": "TH1", "channel": "IN_PERSON",
                 "applicant": {"kind": "PERSON", "name": "%s", "idNumber": "015090001234",
                               "address": "Tổ 5, phường Đồng Tâm, thành phố Yên Bái", "phone": "0987654321"},
                 "provided": [%s], "sets": 1}""".formatted(name, components());
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = walkIn(desk, body, key);
        HttpResponse<String> again = walkIn(desk, body, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(first.body()).get("code").asString()).startsWith("000.00.01.H63-");
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE applicant_name = :name").param("name", name)
                .query(Integer.class).single()).isOne();
        // a session may leave the key out (a second dossier then, as on the page)
        assertThat(walkIn(desk, body, null).statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE applicant_name = :name").param("name", name)
                .query(Integer.class).single()).isEqualTo(2);

        // a body beyond what the API's JSON ever needs is not read into memory
        HttpResponse<String> huge = walkIn(desk, "{\"summary\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}",
                UUID.randomUUID().toString());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");

        HttpResponse<String> bearer = new WebSession(port).send("/api/v1/desk/queue",
                b -> b.header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
        assertThat(bearer.statusCode()).isEqualTo(401);
        assertThat(bearer.body()).contains("\"code\":\"UNAUTHENTICATED\"");
        desk.get("/tai-khoan");
        desk.post("/dang-xuat", Map.of());
    }

    private String components() {
        return procedures.findPublished("1.004884").orElseThrow().findCase("TH1").orElseThrow().components().stream()
                .map(c -> "\"" + c.code() + "\"").collect(java.util.stream.Collectors.joining(","));
    }

    private static HttpResponse<String> walkIn(WebSession desk, String body, @org.jspecify.annotations.Nullable String key) {
        return desk.send("/api/v1/desk/walk-ins", b -> {
            HttpRequest.Builder request = b.header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", desk.xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(body));
            return key == null ? request : request.header("Idempotency-Key", key);
        });
    }
}
