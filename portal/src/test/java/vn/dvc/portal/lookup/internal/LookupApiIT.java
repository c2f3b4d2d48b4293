package vn.dvc.portal.lookup.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.MessageGatewaysTest;

/**
 * The public status API and the SMS look-up on the whole application (#8 items 1 and 4, LOOK-1, LOOK-3,
 * INT-4): the status JSON of a dossier whose applicant is known carries none of the applicant's values; an
 * unknown code is 404 and a malformed one 400 (problem JSON); a burst from one client is refused with 429 and
 * Retry-After after the limit; a signed {@code hs <code>} SMS is answered by exactly one SMS with the status,
 * through the SMS gateway (WireMock); a bad or missing signature is 401 and nothing is sent.
 */
class LookupApiIT extends MessageGatewaysTest {

    static final int LIMIT = LOOKUP_LIMIT;
    static final String SECRET = WEBHOOK_SECRET;

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theStatusOfADossierCarriesNothingOfItsApplicant() throws Exception {
        NationalPortalDossiers.Applicant applicant = new NationalPortalDossiers.Applicant("Hoàng Thị Thu Trang",
                "015192007788", "Thôn Khe Cam, xã Văn Phú, thành phố Yên Bái", "0978123456",
                "hoang.thu.trang@example.com");
        NationalPortalDossiers.Received dossier = NationalPortalDossiers.receive(port, applicant);

        HttpResponse<String> response = get(client(1), "/api/v1/dossiers/" + dossier.code() + "/status");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode status = json.readTree(response.body());
        assertThat(status.get("code").asString()).isEqualTo(dossier.code());
        // once received, a dossier goes on into processing at once (processing listens to DossierReceived)
        assertThat(status.get("nationalStatusCode").asInt()).isIn(2, 4);
        assertThat(status.get("nationalStatusName").asString())
                .isEqualTo(status.get("nationalStatusCode").asInt() == 2 ? "Được tiếp nhận" : "Đang xử lý");
        assertThat(status.get("receivedAt").asString()).endsWith("+07:00");
        assertThat(status.get("dueAt").asString()).endsWith("+07:00");
        assertThat(status.get("withinAppointment").asBoolean()).isTrue();
        assertThat(status.propertyNames()).containsExactlyInAnyOrder("code", "nationalStatusCode",
                "nationalStatusName", "receivedAt", "dueAt", "withinAppointment", "appointmentStanding");
        String body = response.body();
        assertThat(body).doesNotContain(applicant.name()).doesNotContain("Hoàng").doesNotContain("Trang")
                .doesNotContain(applicant.idNumber()).doesNotContain("7788")
                .doesNotContain(applicant.address()).doesNotContain("Khe Cam")
                .doesNotContain(applicant.phone()).doesNotContain("978123456")
                .doesNotContain(applicant.email()).doesNotContain("example.com")
                .doesNotContain(dossier.id().toString());
        // a lower-case code with spaces around is the same code
        assertThat(get(client(1), "/api/v1/dossiers/%20" + dossier.code().toLowerCase() + "%20/status").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownCodeIs404AndAMalformedOne400() throws Exception {
        HttpResponse<String> unknown = get(client(2), "/api/v1/dossiers/000.00.15.H63-261201-9999/status");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(unknown.body()).get("code").asString()).isEqualTo("NOT_FOUND");

        for (String malformed : new String[] {"abc", "000.00.15.H63-261201", "000.00.15.H63-261201-ABCD",
                "000.00.15.H63-2612010-0007"}) {
            HttpResponse<String> bad = get(client(2), "/api/v1/dossiers/" + malformed + "/status");
            assertThat(bad.statusCode()).as(malformed).isEqualTo(400);
            JsonNode problem = json.readTree(bad.body());
            assertThat(problem.get("code").asString()).isEqualTo("INVALID_PARAMETER");
            assertThat(problem.get("parameter").asString()).isEqualTo("code");
        }
    }

    @Test
    void aBurstFromOneClientIsRefusedAfterTheLimitWithRetryAfter() throws Exception {
        HttpClient client = client(3);
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(get(client, "/api/v1/dossiers/000.00.15.H63-261201-%04d/status".formatted(i)));
        }
        assertThat(answers.subList(0, LIMIT)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(404));
        assertThat(answers.subList(LIMIT, 100)).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(429);
            assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
            assertThat(json.readTree(answer.body()).get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
        });
        // another client is not affected
        assertThat(get(client(4), "/api/v1/dossiers/000.00.15.H63-261201-0001/status").statusCode()).isEqualTo(404);
        // (and the benchmark's constant endpoint is no part of the application)
        assertThat(get(client(4), "/api/v1/bench/constant").statusCode()).isEqualTo(404);
    }

    @Test
    void thePageSpeaksEnglishOnRequest() throws Exception {
        NationalPortalDossiers.Received dossier = NationalPortalDossiers.receive(port, new NationalPortalDossiers
                .Applicant("Phạm Văn Đông", "015086001199", "Tổ 7, phường Minh Tân, thành phố Yên Bái", "", ""));
        HttpResponse<String> page = get(client(6), "/tra-cuu-ho-so?lang=en&ma=" + dossier.code());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"", "Dossier look-up", dossier.code(),
                "Within the time limit").containsPattern("Received \\(2\\)|In processing \\(4\\)")
                .doesNotContain("Phạm Văn Đông", "Minh Tân", "015086001199");
    }

    @Test
    void thePageIsLimitedTooWithAFriendlyVietnameseMessage() throws Exception {
        HttpClient client = client(5);
        for (int i = 0; i < LIMIT; i++) {
            HttpResponse<String> page = get(client, "/tra-cuu-ho-so?ma=000.00.15.H63-261201-%04d".formatted(i));
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("Không tìm thấy hồ sơ có mã này");
        }
        HttpResponse<String> limited = get(client, "/tra-cuu-ho-so?ma=000.00.15.H63-261201-0001");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("Ông/bà đã tra cứu quá nhiều lần trong thời gian ngắn")
                .doesNotContain("Không tìm thấy");
        // the API shares the count: the same client is refused there too
        assertThat(get(client, "/api/v1/dossiers/000.00.15.H63-261201-0001/status").statusCode()).isEqualTo(429);
        // the empty form is never limited
        assertThat(get(client, "/tra-cuu-ho-so").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedSmsLookUpIsAnsweredByExactlyOneSmsWithTheStatus() throws Exception {
        NationalPortalDossiers.Received dossier = NationalPortalDossiers.receive(port, new NationalPortalDossiers
                .Applicant("Vàng A Chứ", "015089003344", "Bản Lìm Mông, xã Cao Phạ, huyện Mù Cang Chải", "", ""));
        String sender = phone();
        String body = "{\"from\":\"" + sender + "\",\"text\":\"hs  " + dossier.code().toLowerCase()
                + " \",\"receivedAt\":\"2026-12-01T10:15:00+07:00\"}";

        HttpResponse<String> answer = sms(body, WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(json.readTree(answer.body()).get("reply").asString()).isEqualTo("STATUS");
        await().atMost(Duration.ofSeconds(10)).until(() -> smsTo(sender).size() == 1);
        String text = json.readTree(smsTo(sender).getFirst().getBodyAsString()).get("text").asString();
        assertThat(text).contains(dossier.code(), "Con han").containsPattern("Duoc tiep nhan|Dang xu ly")
                .doesNotContain("Vàng", "Chứ");

        // the gateway retries the same call: no second reply
        assertThat(sms(body, WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8))).statusCode())
                .isEqualTo(202);
        Thread.sleep(500);
        assertThat(smsTo(sender)).hasSize(1);
    }

    @Test
    void anythingElseGetsTheHelpText() throws Exception {
        String sender = phone();
        String body = "{\"from\":\"" + sender + "\",\"text\":\"tra cuu ho so\",\"receivedAt\":\"2026-12-01T10:16:00+07:00\"}";
        HttpResponse<String> answer = sms(body, WebhookSignature.sign(SECRET, body.getBytes(StandardCharsets.UTF_8)));
        assertThat(json.readTree(answer.body()).get("reply").asString()).isEqualTo("HELP");
        await().atMost(Duration.ofSeconds(10)).until(() -> smsTo(sender).size() == 1);
        assertThat(json.readTree(smsTo(sender).getFirst().getBodyAsString()).get("text").asString())
                .contains("HS <ma ho so>");
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsSent() throws Exception {
        String sender = phone();
        String body = "{\"from\":\"" + sender + "\",\"text\":\"HS 000.00.15.H63-261201-0007\"}";
        for (String signature : new String[] {null, "sha256=00", WebhookSignature.sign("another secret",
                body.getBytes(StandardCharsets.UTF_8)), WebhookSignature.sign(SECRET, (body + " ").getBytes())}) {
            HttpResponse<String> answer = sms(body, signature);
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(json.readTree(answer.body()).get("code").asString()).isEqualTo("UNAUTHENTICATED");
        }
        Thread.sleep(500);
        assertThat(smsTo(sender)).isEmpty();
    }

    private HttpResponse<String> sms(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sms/inbound"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<LoggedRequest> smsTo(String phone) {
        return gateway.findAll(postRequestedFor(urlEqualTo("/messages"))
                .withRequestBody(matchingJsonPath("$.to", equalTo("+84" + phone.substring(1)))));
    }

    private static String phone() {
        return "09" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    /** A client from its own loopback address (127.0.0.n), so each test has its own rate-limit count. */
    private static HttpClient client(int n) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0." + (10 + n))).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
