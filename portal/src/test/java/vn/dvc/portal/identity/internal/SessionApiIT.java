package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTest;

/**
 * The API as a signed-in applicant's browser or app calls it, with the session cookie (#14): a call that changes
 * something needs the CSRF token as well (the {@code XSRF-TOKEN} cookie's value in {@code X-XSRF-TOKEN}), so
 * another site cannot make the browser attach a file; and an uploaded file keeps only its cleaned base name —
 * listed and sent back as {@code evil.pdf}, never as {@code ../../../../evil.pdf}.
 */
@PortalTest
class SessionApiIT {

    static final String PROCEDURE = "2.000635";
    static final byte[] PDF = ("%PDF-1.7\n" + "x".repeat(2_000) + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    PortalProperties properties;

    final JsonMapper json = JsonMapper.builder().build();
    WebSession citizen;

    @BeforeEach
    void signIn() {
        citizen = new WebSession(port);
        assertThat(WebSession.location(citizen.signIn("demo.citizen", properties.demoPassword()))).endsWith("/tai-khoan");
        citizen.get("/tai-khoan");
        assertThat(citizen.xsrfToken()).as("the CSRF token cookie after sign-in").isNotEmpty();
    }

    @AfterEach
    void signOut() {
        citizen.get("/tai-khoan");
        citizen.post("/dang-xuat", Map.of());
    }

    @Test
    void aCrossSiteUploadWithTheSessionCookieButNoTokenIsRefused() {
        UUID draft = newDraft();

        // the request as the probe sent it: multipart, from another origin, the session cookie and no token
        HttpResponse<String> forged = citizen.send("/api/v1/my/drafts/" + draft + "/files",
                multipart("TP1", "../../../../evil.pdf", b -> b.header("Origin", "https://evil.example")
                        .header("Sec-Fetch-Site", "cross-site")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(forged.body()).get("code").asString()).isEqualTo("CSRF_TOKEN_INVALID");
        // a wrong token is no better
        assertThat(citizen.send("/api/v1/my/drafts/" + draft + "/files",
                multipart("TP1", "to-khai.pdf", b -> b.header("X-XSRF-TOKEN", UUID.randomUUID().toString())))
                .statusCode()).isEqualTo(403);
        assertThat(json.readTree(call("GET", "/api/v1/my/drafts/" + draft, null).body())
                .get("attachedComponents")).as("nothing attached").isEmpty();

        // the portal's own client sends the token, and the same upload is taken
        HttpResponse<String> attached = citizen.send("/api/v1/my/drafts/" + draft + "/files",
                multipart("TP1", "to-khai.pdf", b -> b.header("X-XSRF-TOKEN", citizen.xsrfToken())));
        assertThat(attached.statusCode()).isEqualTo(200);
        assertThat(json.readTree(attached.body()).get("attachedComponents").toString()).contains("TP1");
        // so does every other call that changes something
        assertThat(citizen.send("/api/v1/my/drafts", b -> b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"procedureCode\":\"" + PROCEDURE + "\",\"caseCode\":\"TH1\"}")))
                .statusCode()).as("a new draft without the token").isEqualTo(403);
    }

    @Test
    void anUploadedFileKeepsOnlyItsCleanedBaseNameWhereverItIsShownOrSent() {
        UUID draft = newDraft();
        HttpResponse<String> attached = citizen.send("/api/v1/my/drafts/" + draft + "/files",
                multipart("TP1", "../../../../evil.pdf", b -> b.header("X-XSRF-TOKEN", citizen.xsrfToken())));
        assertThat(attached.statusCode()).isEqualTo(200);
        assertThat(citizen.send("/api/v1/my/drafts/" + draft + "/files",
                multipart("TP3", "..\\..\\\u202Ecan-cuoc.pdf", b -> b.header("X-XSRF-TOKEN", citizen.xsrfToken())))
                .statusCode()).isEqualTo(200);
        assertThat(citizen.get("/tai-khoan/ho-so/nhap/" + draft + "?buoc=thanh-phan").body())
                .contains("evil.pdf", "can-cuoc.pdf").doesNotContain("../evil.pdf", "..\\");

        JsonNode form = json.readTree(call("GET", "/api/v1/my/drafts/" + draft, null).body()).get("form");
        Map<String, Object> values = new LinkedHashMap<>(json.convertValue(form, Map.class));
        values.putAll(Map.of("applicantCitizenId", "015190001234", "documentType", "Giấy khai sinh",
                "subjectFullName", "Nguyễn Minh Khang", "copies", "2"));
        HttpResponse<String> saved = call("PUT", "/api/v1/my/drafts/" + draft + "/form",
                json.writeValueAsString(Map.of("values", values, "idNumber", "015190001234")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String token = json.readTree(saved.body()).get("submissionToken").asString();
        HttpResponse<String> submitted = citizen.send("/api/v1/my/drafts/" + draft + "/submission", b -> b
                .header("Idempotency-Key", token).header("X-XSRF-TOKEN", citizen.xsrfToken())
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String dossier = json.readTree(submitted.body()).get("dossierId").asString();

        JsonNode files = json.readTree(call("GET", "/api/v1/my/dossiers/" + dossier, null).body()).get("files");
        assertThat(files.findValuesAsString("fileName")).containsExactlyInAnyOrder("evil.pdf", "can-cuoc.pdf");
        String evil = files.findParents("fileName").stream().filter(f -> f.get("fileName").asString().equals("evil.pdf"))
                .findFirst().orElseThrow().get("id").asString();
        HttpResponse<String> download = citizen.get("/tai-khoan/ho-so/" + dossier + "/tep/" + evil);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"evil.pdf\"; filename*=UTF-8''evil.pdf");
        assertThat(json.readTree(call("GET", "/api/v1/my/documents", null).body()).findValuesAsString("fileName"))
                .contains("evil.pdf", "can-cuoc.pdf").noneMatch(name -> name.contains("/") || name.contains("\\"));
    }

    private UUID newDraft() {
        HttpResponse<String> created = call("POST", "/api/v1/my/drafts",
                "{\"procedureCode\":\"" + PROCEDURE + "\",\"caseCode\":\"TH1\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(json.readTree(created.body()).get("id").asString());
    }

    /** A JSON call as the portal's own client makes it: the session cookie and the CSRF token. */
    private HttpResponse<String> call(String method, String path, String body) {
        return citizen.send(path, b -> b.header("Accept", "application/json").header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", citizen.xsrfToken()).method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static UnaryOperator<HttpRequest.Builder> multipart(String component, String fileName,
            UnaryOperator<HttpRequest.Builder> headers) {
        String boundary = "----dvc" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"componentCode\"\r\n\r\n"
                + component + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PDF);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b -> headers.apply(b.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
