package vn.dvc.portal.processing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.identity.internal.DevIdpProcess;
import vn.dvc.portal.platform.PortalTest;
import vn.dvc.portal.platform.SystemTest;

/**
 * Every officer action over the API for other systems (issue #15 acceptance; DOS-3, DOS-4, DOS-7, DOS-9, OPS-2),
 * with real client-credentials tokens of the development provider ({@code dev-idp}, its own process) on the whole
 * portal and a real PostgreSQL: the province's integration platform ({@code lgsp.yenbai}) receives a walk-in at the
 * Centre's desk and moves it through each step of its process to the returned result, every change in the history
 * under its name; a token without the needed scope is refused 403 {@code INSUFFICIENT_SCOPE}; the system of another
 * agency ({@code sotuphap.hotich}) is refused 403 on this dossier and changes nothing; a replayed
 * {@code Idempotency-Key} is answered again with one effect, the key with another request is 422, a bearer
 * {@code POST} without a key 400; two identical requests at once have one effect. Procedure 1.004884 (đăng ký lại
 * khai sinh) received at the Centre for UBND phường Đồng Tâm, as in {@link ProcessingRuntimeIT}.
 */
@SystemTest
@PortalTest
class OfficerApiIT {

    static final String PROCEDURE = "1.004884";
    static final String WARD = "000.21.40.H63";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static @Nullable DevIdpProcess idp;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("dvc.api.token-issuer", () -> provider().issuer);
    }

    static synchronized DevIdpProcess provider() {
        if (idp == null) {
            idp = DevIdpProcess.start(DevIdpProcess.freePort());
        }
        return idp;
    }

    @AfterAll
    static synchronized void stopProvider() {
        if (idp != null) {
            idp.close();
            idp = null;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Procedures procedures;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aClientCredentialsTokenMovesADossierFromTheDeskThroughEveryStepToTheReturnedResult() throws Exception {
        String token = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.desk dvc.processing");

        HttpResponse<String> received = post(token, "/api/v1/desk/walk-ins", key(), walkIn("Lê Thị Thu Hương"));
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        JsonNode dossier = JSON.readTree(received.body());
        String id = dossier.get("id").asString();
        assertThat(received.headers().firstValue("Location")).hasValue("/api/v1/desk/dossiers/" + id);
        assertThat(dossier.get("code").asString()).startsWith("000.00.01.H63-");
        assertThat(dossier.get("nationalStatusCode").asInt()).isEqualTo(2);
        assertThat(received.headers().allValues("Set-Cookie")).as("no session, no CSRF cookie for a bearer client")
                .isEmpty();

        JsonNode atDesk = started(token, id);
        assertThat(atDesk.at("/currentStep/role").asString()).isEqualTo("DESK");
        assertThat(atDesk.at("/currentStep/unitCode").asString()).isEqualTo("000.00.01.H63");
        assertThat(strings(atDesk.get("allowedActions"))).contains("forward", "withdraw");

        JsonNode atSpecialist = ok(post(token, path(id, "forward"), key(),
                Map.of("version", atDesk.get("version").asInt(), "comment", "Hồ sơ đầy đủ")));
        assertThat(atSpecialist.at("/currentStep/role").asString()).isEqualTo("SPECIALIST");
        assertThat(atSpecialist.at("/currentStep/unitCode").asString()).isEqualTo(WARD);
        assertThat(atSpecialist.get("version").asInt()).isGreaterThan(atDesk.get("version").asInt());

        JsonNode atLeader = ok(post(token, path(id, "forward"), key(),
                Map.of("version", atSpecialist.get("version").asInt(), "comment", "Đủ điều kiện")));
        assertThat(atLeader.at("/currentStep/role").asString()).isEqualTo("LEADER");
        assertThat(strings(atLeader.get("allowedActions"))).contains("approve", "stop");

        JsonNode ready = ok(multipart(token, path(id, "approve"), key(),
                Map.of("version", String.valueOf(atLeader.get("version").asInt()), "comment", "Đồng ý"),
                "result", "giay-khai-sinh.pdf", ProcessingRuntimeIT.pdf()));
        assertThat(ready.get("status").asString()).isEqualTo("RESULT_READY");
        assertThat(ready.get("nationalStatusCode").asInt()).isEqualTo(9);
        assertThat(ready.get("timeliness").asString()).isNotEmpty();
        assertThat(strings(ready.get("allowedActions"))).contains("return-result");
        JsonNode result = null;
        for (JsonNode file : ready.get("files")) {
            if (file.get("origin").asString().equals("RESULT")) {
                result = file;
            }
        }
        assertThat(result).as("the result among the files").isNotNull();
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri(path(id, "files/" + result.get("id").asString())))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        JsonNode returned = ok(post(token, path(id, "return-result"), key(),
                Map.of("version", ready.get("version").asInt(), "method", "DESK", "note", "Công dân đã nhận")));
        assertThat(returned.get("status").asString()).isEqualTo("RESULT_RETURNED");
        assertThat(returned.get("nationalStatusCode").asInt()).isEqualTo(10);
        assertThat(returned.get("currentStep").isNull()).isTrue();
        assertThat(strings(returned.get("allowedActions"))).isEmpty();
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : returned.get("history")) {
            actions.add(entry.get("action").asString());
            if (!entry.get("action").asString().equals("START_PROCESSING")) {
                assertThat(entry.get("actor").asString()).as(entry.toString()).isEqualTo("lgsp.yenbai");
            }
        }
        assertThat(actions).containsExactly("RECEIVE", "START_PROCESSING", "FORWARD", "FORWARD", "ISSUE_RESULT",
                "RETURN_RESULT");

        // the audit log names the client's account too (the reads of the dossier here)
        assertThat(jdbc.sql("SELECT DISTINCT actor FROM audit_event WHERE object_id = :id AND action = 'dossier.read'")
                .param("id", id).query(String.class).list()).containsExactly("lgsp.yenbai");

        // the inbox and the desk's read over the API too
        HttpResponse<String> inbox = get(token, "/api/v1/processing/inbox?box=mine");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(inbox.body()).has("items")).isTrue();
        assertThat(get(token, "/api/v1/desk/dossiers/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutTheScopeIsRefusedAndABadTokenIsUnauthenticated() throws Exception {
        String both = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.desk dvc.processing");
        String id = JSON.readTree(post(both, "/api/v1/desk/walk-ins", key(), walkIn("Phùng Văn Tài")).body())
                .get("id").asString();
        JsonNode atDesk = started(both, id);

        String deskOnly = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.desk");
        HttpResponse<String> read = get(deskOnly, "/api/v1/processing/dossiers/" + id);
        assertProblem(read, 403, "INSUFFICIENT_SCOPE");
        assertThat(read.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("error=\"insufficient_scope\"", "scope=\"dvc.processing\""));
        assertProblem(post(deskOnly, path(id, "forward"), key(), Map.of("version", atDesk.get("version").asInt())),
                403, "INSUFFICIENT_SCOPE");
        assertThat(ok(get(both, "/api/v1/processing/dossiers/" + id)).get("version").asInt())
                .as("nothing changed").isEqualTo(atDesk.get("version").asInt());

        String processingOnly = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.processing");
        assertProblem(post(processingOnly, "/api/v1/desk/walk-ins", key(), walkIn("Không Được Nhận")), 403,
                "INSUFFICIENT_SCOPE");
        String none = token("lgsp.yenbai", "lgsp-dev-secret", null);
        assertProblem(get(none, "/api/v1/desk/queue"), 403, "INSUFFICIENT_SCOPE");
        // the Centre's export, with its own scope
        String feedback = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.feedback");
        assertThat(get(feedback, "/api/v1/feedback/export?from=2026-12-01&to=2026-12-07").statusCode()).isEqualTo(200);
        assertProblem(get(feedback, "/api/v1/desk/queue"), 403, "INSUFFICIENT_SCOPE");

        HttpResponse<String> forged = get(both.substring(0, both.length() - 4) + "AAAA", "/api/v1/desk/queue");
        assertProblem(forged, 401, "UNAUTHENTICATED");
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
        assertProblem(get("not-a-jwt", "/api/v1/processing/inbox"), 401, "UNAUTHENTICATED");
        assertThat(get(both, "/api/v1/desk/queue").statusCode()).isEqualTo(200);
    }

    @Test
    void theSystemOfAnotherAgencyIsRefusedOnThisDossierAndChangesNothing() throws Exception {
        String lgsp = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.desk dvc.processing");
        String id = JSON.readTree(post(lgsp, "/api/v1/desk/walk-ins", key(), walkIn("Hà Văn Sơn")).body())
                .get("id").asString();
        JsonNode atDesk = started(lgsp, id);

        String department = token("sotuphap.hotich", "sotuphap-dev-secret", "dvc.desk dvc.processing");
        assertProblem(get(department, "/api/v1/processing/dossiers/" + id), 403, "FORBIDDEN");
        assertProblem(post(department, path(id, "forward"), key(), Map.of("version", atDesk.get("version").asInt())),
                403, "FORBIDDEN");
        assertProblem(post(department, path(id, "stop"), key(),
                Map.of("version", atDesk.get("version").asInt(), "reason", "Không thuộc thẩm quyền")), 403, "FORBIDDEN");
        assertProblem(get(department, "/api/v1/desk/dossiers/" + id), 403, "FORBIDDEN");
        assertProblem(post(department, "/api/v1/desk/dossiers/" + id + "/receipt", key(), Map.of()), 403, "FORBIDDEN");

        JsonNode after = ok(get(lgsp, "/api/v1/processing/dossiers/" + id));
        assertThat(after.get("version").asInt()).isEqualTo(atDesk.get("version").asInt());
        assertThat(after.get("history").size()).isEqualTo(atDesk.get("history").size());
        assertThat(after.at("/currentStep/role").asString()).isEqualTo("DESK");
    }

    @Test
    void aReplayedKeyIsAnsweredAgainWithOneEffectAndAReusedKeyOrNoKeyIsRefused() throws Exception {
        String token = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.desk dvc.processing");
        String walkInKey = key();
        Map<String, Object> walkIn = walkIn("Triệu Thị Mai");
        HttpResponse<String> first = post(token, "/api/v1/desk/walk-ins", walkInKey, walkIn);
        HttpResponse<String> again = post(token, "/api/v1/desk/walk-ins", walkInKey, walkIn);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        String id = JSON.readTree(first.body()).get("id").asString();
        JsonNode atDesk = started(token, id);

        String forwardKey = key();
        Map<String, Object> forward = Map.of("version", atDesk.get("version").asInt(), "comment", "Đủ");
        HttpResponse<String> forwarded = post(token, path(id, "forward"), forwardKey, forward);
        assertThat(forwarded.statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = post(token, path(id, "forward"), forwardKey, forward);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replayed.body()).isEqualTo(forwarded.body());
        assertThat(count(ok(get(token, "/api/v1/processing/dossiers/" + id)), "FORWARD")).isOne();

        HttpResponse<String> reused = post(token, path(id, "forward"), forwardKey,
                Map.of("version", atDesk.get("version").asInt(), "comment", "Khác"));
        assertProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED");
        assertProblem(post(token, path(id, "forward"), null, forward), 400, "IDEMPOTENCY_KEY_REQUIRED");
        assertProblem(post(token, path(id, "forward"), " ", forward), 400, "INVALID_PARAMETER");
        // a stale version with a new key: someone acted since, nothing changes
        assertProblem(post(token, path(id, "forward"), key(), forward), 409, "CONFLICT");
        JsonNode after = ok(get(token, "/api/v1/processing/dossiers/" + id));
        assertThat(count(after, "FORWARD")).isOne();
        assertThat(after.at("/currentStep/role").asString()).isEqualTo("SPECIALIST");
    }

    @Test
    void twoIdenticalRequestsAtOnceHaveOneEffect() throws Exception {
        String token = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.desk dvc.processing");
        String id = JSON.readTree(post(token, "/api/v1/desk/walk-ins", key(), walkIn("Đoàn Văn Hải")).body())
                .get("id").asString();
        JsonNode atDesk = started(token, id);
        String sameKey = key();
        Map<String, Object> forward = Map.of("version", atDesk.get("version").asInt(), "comment", "Cùng lúc");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> {
                start.await();
                return post(token, path(id, "forward"), sameKey, forward);
            });
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(HttpResponse::body).containsOnly(answers.getFirst().body());
        assertThat(answers).filteredOn(a -> a.headers().firstValue("Idempotent-Replayed").isEmpty()).hasSize(1);
        JsonNode after = ok(get(token, "/api/v1/processing/dossiers/" + id));
        assertThat(count(after, "FORWARD")).isOne();
    }

    @Test
    void theOtherActionsOfTheCasePageWorkOverTheApiToo() throws Exception {
        String lgsp = token("lgsp.yenbai", "lgsp-dev-secret", "dvc.desk dvc.processing");
        // a supplement asked for and recorded, a return to the previous step, an assignment, one apology, a stop
        String id = received(lgsp, PROCEDURE, "Sầm Thị Nga");
        JsonNode c = started(lgsp, id);
        c = ok(post(lgsp, path(id, "request-supplement"), key(), Map.of("version", c.get("version").asInt(),
                "reason", "Thiếu bản sao giấy tờ", "items", List.of("Bản sao Căn cước công dân"))));
        assertThat(c.get("status").asString()).isEqualTo("WAITING_FOR_SUPPLEMENT");
        assertThat(c.get("paused").asBoolean()).isTrue();
        // while the clock is paused the step's own actions wait; the supplement, a withdrawal or a stop do not
        assertThat(strings(c.get("allowedActions"))).contains("record-supplement", "withdraw", "stop")
                .doesNotContain("forward", "request-supplement", "refuse");
        c = ok(multipart(lgsp, path(id, "record-supplement"), key(),
                Map.of("version", String.valueOf(c.get("version").asInt()), "note", "Đã nộp bản sao"),
                "files", "cccd.pdf", ProcessingRuntimeIT.pdf()));
        assertThat(c.get("status").asString()).isEqualTo("IN_PROCESSING");
        assertThat(c.get("paused").asBoolean()).isFalse();
        c = ok(post(lgsp, path(id, "forward"), key(), Map.of("version", c.get("version").asInt())));
        c = ok(post(lgsp, path(id, "return-to-previous"), key(),
                Map.of("version", c.get("version").asInt(), "reason", "Cần kiểm tra lại thành phần")));
        assertThat(c.at("/currentStep/role").asString()).isEqualTo("DESK");
        c = ok(post(lgsp, path(id, "forward"), key(), Map.of("version", c.get("version").asInt())));
        c = ok(post(lgsp, path(id, "assign"), key(),
                Map.of("version", c.get("version").asInt(), "assignee", "demo.ward.specialist")));
        assertThat(c.at("/currentStep/assignee").asString()).isEqualTo("demo.ward.specialist");
        String due = c.get("dueAt").asString();
        c = ok(post(lgsp, path(id, "apologise"), key(), Map.of("version", c.get("version").asInt(),
                "reason", "Phải xác minh tại nơi đăng ký trước đây", "extraWorkingDays", 2, "causingAgency", WARD)));
        assertThat(java.time.OffsetDateTime.parse(c.get("dueAt").asString()))
                .isAfter(java.time.OffsetDateTime.parse(due));
        assertThat(strings(c.get("allowedActions"))).doesNotContain("apologise");
        c = ok(post(lgsp, path(id, "stop"), key(),
                Map.of("version", c.get("version").asInt(), "reason", "Người yêu cầu đã chết")));
        assertThat(c.get("nationalStatusCode").asInt()).isEqualTo(8);
        assertThat(c.get("history").toString()).contains("\"actor\":\"lgsp.yenbai\"");

        // a refusal at the desk's step, and a withdrawal
        String refused = received(lgsp, PROCEDURE, "Lù Văn Páo");
        JsonNode r = started(lgsp, refused);
        r = ok(post(lgsp, path(refused, "refuse"), key(),
                Map.of("version", r.get("version").asInt(), "reason", "Không thuộc trường hợp đăng ký lại")));
        assertThat(r.get("nationalStatusCode").asInt()).isEqualTo(8);
        String withdrawn = received(lgsp, PROCEDURE, "Giàng A Sử");
        JsonNode w = started(lgsp, withdrawn);
        w = ok(post(lgsp, path(withdrawn, "withdraw"), key(),
                Map.of("version", w.get("version").asInt(), "reason", "Công dân có đơn xin rút")));
        assertThat(w.get("nationalStatusCode").asInt()).isEqualTo(7);

        // an inter-agency transfer: there the department's own system acts on its part, and it comes back
        String transferred = received(lgsp, "1.012786", "Vàng Thị Dua");
        JsonNode t = started(lgsp, transferred);
        assertThat(strings(t.get("allowedActions"))).contains("transfer");
        String department = token("sotuphap.hotich", "sotuphap-dev-secret", "dvc.processing");
        assertProblem(get(department, "/api/v1/processing/dossiers/" + transferred), 403, "FORBIDDEN");
        t = ok(post(lgsp, path(transferred, "transfer"), key(), Map.of("version", t.get("version").asInt(),
                "agencyCode", "000.00.15.H63", "reason", "Đề nghị Sở Tư pháp xác minh")));
        assertThat(t.at("/currentStep/agencyCode").asString()).isEqualTo("000.00.15.H63");
        JsonNode there = ok(get(department, "/api/v1/processing/dossiers/" + transferred));
        assertThat(strings(there.get("allowedActions"))).contains("forward");
        JsonNode back = ok(post(department, path(transferred, "forward"), key(),
                Map.of("version", there.get("version").asInt(), "comment", "Đã xác minh")));
        assertThat(back.at("/currentStep/agencyCode").asString()).isNotEqualTo("000.00.15.H63");
        assertThat(back.get("history").toString()).contains("\"actor\":\"sotuphap.hotich\"");
    }

    @Test
    void theApiDescriptionListsTheOfficersOperationsWithTheirScopes() throws Exception {
        JsonNode api = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        for (String action : List.of("forward", "approve", "return-to-previous", "request-supplement",
                "record-supplement", "refuse", "transfer", "return-result", "apologise", "withdraw", "stop", "assign")) {
            JsonNode operation = api.at("/paths/~1api~1v1~1processing~1dossiers~1{id}~1" + action + "/post");
            assertThat(operation.isMissingNode()).as(action).isFalse();
            assertThat(operation.toString()).as(action).contains("Idempotency-Key", "dvc.processing");
        }
        assertThat(api.at("/paths/~1api~1v1~1processing~1dossiers~1{id}/get").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1v1~1processing~1inbox/get").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1v1~1desk~1walk-ins/post").toString()).contains("dvc.desk", "Idempotency-Key");
        assertThat(api.at("/components/securitySchemes/apiToken/scheme").asString()).isEqualTo("bearer");
    }

    // --- the client ---------------------------------------------------------------------------------------------

    /** A client-credentials token of the development provider. */
    String token(String client, String secret, @Nullable String scope) throws Exception {
        String form = "grant_type=client_credentials" + (scope == null ? ""
                : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(provider().issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    /** The case once processing has started (the reception's event starts it after its commit). */
    JsonNode started(String token, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> response = get(token, "/api/v1/processing/dossiers/" + id);
            if (response.statusCode() == 200) {
                return JSON.readTree(response.body());
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(System.nanoTime()).as("processing started within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** A walk-in of {@code procedure} received over the API; its id. */
    String received(String token, String procedure, String applicant) throws Exception {
        HttpResponse<String> response = post(token, "/api/v1/desk/walk-ins", key(), walkIn(procedure, applicant));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    Map<String, Object> walkIn(String applicant) {
        return walkIn(PROCEDURE, applicant);
    }

    Map<String, Object> walkIn(String code, String applicant) {
        Procedure procedure = procedures.findPublished(code).orElseThrow();
        List<String> components = procedure.findCase("TH1").orElseThrow().components().stream()
                .map(Procedure.Component::code).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", code);
        body.put("caseCode", "TH1");
        body.put("channel", "IN_PERSON");
        body.put("applicant", Map.of("kind", "PERSON", "name", applicant, "idNumber", "015090001234",
                "address", "Tổ 5, phường Đồng Tâm, thành phố Yên Bái", "phone", "0987654321"));
        body.put("provided", components);
        body.put("sets", 1);
        return body;
    }

    HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String token, String path, @Nullable String key, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> multipart(String token, String path, String key, Map<String, String> fields, String fileField,
            String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----dvc" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo(code);
    }

    static long count(JsonNode processing, String action) {
        long n = 0;
        for (JsonNode entry : processing.get("history")) {
            if (entry.get("action").asString().equals(action)) {
                n++;
            }
        }
        return n;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    static String path(String id, String action) {
        return "/api/v1/processing/dossiers/" + id + "/" + action;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
