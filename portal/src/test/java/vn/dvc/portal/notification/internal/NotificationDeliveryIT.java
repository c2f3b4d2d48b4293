package vn.dvc.portal.notification.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.notification.NotificationChannel;
import vn.dvc.portal.notification.NotificationTemplate;
import vn.dvc.portal.notification.Notifications;
import vn.dvc.portal.platform.MessageGatewaysTest;
import vn.dvc.portal.platform.TestClock;

/**
 * Delivery over real protocols (#8 item 6, INT-4): an e-mail reaches an in-process SMTP server (GreenMail)
 * with its Vietnamese subject and body in UTF-8; an SMS reaches a fake gateway (WireMock) with the documented
 * JSON; a gateway outage is retried by the back-off until delivered, exactly once; a rolled-back transaction
 * sends nothing; two workers never send the same message twice; one-time codes are never logged and their
 * text is erased once delivered; an account is notified over the channels it chose.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationDeliveryIT extends MessageGatewaysTest {

    /** The tests start on a working-day morning and move the clock forward. */
    static final Instant START = Instant.parse("2026-12-01T02:00:00Z");

    static final UUID DEMO_CITIZEN = UUID.nameUUIDFromBytes("dvc-demo:demo.citizen".getBytes());
    static final Map<String, String> RECEIVED = Map.of("dossierCode", "000.00.01.H63-261201-0001",
            "procedureName", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "appointmentDate", "15/12/2026");

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationPort port;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    Preferences preferences;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void workingDayMorning() {
        clock.set(START);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void anEmailArrivesWithItsVietnameseSubjectAndBodyInUtf8() throws Exception {
        String address = "tran.thi.lan." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        inTransaction(() -> notifications.notifyAddress("test:" + UUID.randomUUID(), NotificationChannel.EMAIL,
                address, NotificationTemplate.DOSSIER_RECEIVED, RECEIVED, Locale.forLanguageTag("vi")));

        MimeMessage mail = awaitMail(address);
        assertThat(mail.getSubject()).isEqualTo("Hồ sơ 000.00.01.H63-261201-0001 đã được tiếp nhận");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) mail.getContent()).contains(
                "Hồ sơ 000.00.01.H63-261201-0001 (thủ tục: Cấp giấy phép xây dựng nhà ở riêng lẻ) đã được tiếp nhận.",
                "Ngày hẹn trả kết quả: 15/12/2026.");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@dichvucong.yenbai.gov.vn");
        // the mail server has the mail before the worker's transaction that marks it sent commits
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(row(address))
                .containsEntry("status", "SENT").containsEntry("transport", "smtp")
                .containsEntry("attempts", 1).containsEntry("sealed", false));
    }

    @Test
    void anSmsGoesToTheGatewayWithTheDocumentedJson() {
        String phone = phone();
        inTransaction(() -> notifications.notifyAddress("test:" + UUID.randomUUID(), NotificationChannel.SMS,
                phone, NotificationTemplate.RESULT_READY, Map.of("dossierCode", "000.00.01.H63-261201-0002",
                        "procedureName", "Đăng ký khai sinh", "returnPlace", "Bộ phận Một cửa UBND xã Tuy Lộc"),
                Locale.forLanguageTag("vi")));

        await().atMost(Duration.ofSeconds(10)).until(() -> requestsTo(phone).size() == 1);
        LoggedRequest request = requestsTo(phone).getFirst();
        UUID id = (UUID) row(phone).get("id");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer gateway-test-token");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo(id.toString());
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        gateway.verify(1, postRequestedFor(urlEqualTo("/messages")).withRequestBody(equalToJson("""
                {"to": "+84%s", "reference": "%s",
                 "text": "Ho so 000.00.01.H63-261201-0002 da co ket qua. Noi nhan: Bộ phận Một cửa UBND xã Tuy Lộc."}"""
                .formatted(phone.substring(1), id))));
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(row(phone).get("status")));
    }

    @Test
    void aGatewayOutageIsRetriedWithBackOffUntilDeliveredExactlyOnce() {
        String phone = phone();
        gateway.stubFor(post(urlEqualTo("/messages")).atPriority(1).withRequestBody(matchingJsonPath("$.to", equalTo("+84" + phone.substring(1))))
                .inScenario(phone).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("maintenance")).willSetStateTo("still down"));
        gateway.stubFor(post(urlEqualTo("/messages")).atPriority(1).withRequestBody(matchingJsonPath("$.to", equalTo("+84" + phone.substring(1))))
                .inScenario(phone).whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        gateway.stubFor(post(urlEqualTo("/messages")).atPriority(1).withRequestBody(matchingJsonPath("$.to", equalTo("+84" + phone.substring(1))))
                .inScenario(phone).whenScenarioStateIs("up").willReturn(aResponse().withStatus(202)));

        inTransaction(() -> notifications.notifyAddress("test:" + UUID.randomUUID(), NotificationChannel.SMS,
                phone, NotificationTemplate.SUPPLEMENT_REQUESTED, Map.of("dossierCode", "000.00.01.H63-261201-0003",
                        "procedureName", "Đăng ký kết hôn", "reason", "bản sao giấy xác nhận tình trạng hôn nhân"),
                Locale.forLanguageTag("vi")));
        // the first attempt (right after the commit) meets the outage
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(1).equals(row(phone).get("attempts")));
        assertThat(row(phone)).containsEntry("status", "PENDING").containsEntry("last_error", "SMS gateway: HTTP 503")
                .containsEntry("sealed", true);

        worker.deliverDue();                      // not due yet: the back-off is 1 minute
        assertThat(requestsTo(phone)).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        worker.deliverDue();                      // second attempt: still down, next in 5 minutes
        assertThat(row(phone)).containsEntry("attempts", 2).containsEntry("status", "PENDING");
        clock.advance(Duration.ofMinutes(4));
        worker.deliverDue();
        assertThat(requestsTo(phone)).hasSize(2);
        clock.advance(Duration.ofMinutes(1));
        worker.deliverDue();                      // third attempt: delivered
        assertThat(row(phone)).containsEntry("status", "SENT").containsEntry("attempts", 3).containsEntry("sealed", false);

        clock.advance(Duration.ofHours(3));
        worker.deliverDue();
        assertThat(requestsTo(phone)).hasSize(3);
    }

    @Test
    void aPermanentRefusalEndsFailedWithoutItsText() {
        String phone = phone();
        gateway.stubFor(post(urlEqualTo("/messages")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo("+84" + phone.substring(1))))
                .willReturn(aResponse().withStatus(400)));
        inTransaction(() -> notifications.notifyAddress("test:" + UUID.randomUUID(), NotificationChannel.SMS,
                phone, NotificationTemplate.ONE_TIME_CODE, Map.of("code", "731904", "minutes", "10"), Locale.ENGLISH));

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(row(phone).get("status")));
        assertThat(row(phone)).containsEntry("attempts", 1).containsEntry("sealed", false)
                .containsEntry("last_error", "SMS gateway: HTTP 400");
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        String address = "rolled.back." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String reference = "test:" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.notifyAddress(reference, NotificationChannel.EMAIL, address,
                    NotificationTemplate.DOSSIER_RECEIVED, RECEIVED, Locale.forLanguageTag("vi"));
            status.setRollbackOnly();
        });
        clock.advance(Duration.ofMinutes(1));
        worker.deliverDue();

        assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE reference = :r").param("r", reference)
                .query(Integer.class).single()).isZero();
        assertThat(mailsTo(address)).isEmpty();
    }

    @Test
    void theSameReferenceChannelAndRecipientIsSentOnce() {
        String address = "mot.lan." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String reference = "test:" + UUID.randomUUID();
        boolean first = inTransaction(() -> notifications.notifyAddress(reference, NotificationChannel.EMAIL,
                address, NotificationTemplate.DOSSIER_RECEIVED, RECEIVED, Locale.forLanguageTag("vi")));
        boolean again = inTransaction(() -> notifications.notifyAddress(reference, NotificationChannel.EMAIL,
                address, NotificationTemplate.DOSSIER_RECEIVED, RECEIVED, Locale.forLanguageTag("vi")));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        awaitMail(address);
        clock.advance(Duration.ofHours(1));
        worker.deliverDue();
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void twoConcurrentWorkersNeverSendTheSameMessageTwice() throws Exception {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            phones.add(phone());
        }
        gateway.stubFor(post(urlEqualTo("/messages")).atPriority(5).withRequestBody(matchingJsonPath("$.text",
                        com.github.tomakehurst.wiremock.client.WireMock.containing("261201-0099")))
                .willReturn(aResponse().withStatus(202).withFixedDelay(30)));
        // queued in one transaction; right after it commits, 30 first attempts race with two polling workers
        inTransaction(() -> {
            for (String phone : phones) {
                notifications.notifyAddress("test:" + UUID.randomUUID(), NotificationChannel.SMS, phone,
                        NotificationTemplate.DOSSIER_RECEIVED, Map.of("dossierCode", "000.00.01.H63-261201-0099",
                                "procedureName", "Chứng thực bản sao", "appointmentDate", "02/12/2026"),
                        Locale.forLanguageTag("vi"));
            }
            return null;
        });
        try (ExecutorService workers = Executors.newFixedThreadPool(2)) {
            List<Callable<Integer>> rounds = List.of(worker::deliverDue, worker::deliverDue);
            for (Future<Integer> round : workers.invokeAll(rounds)) {
                round.get();
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> phones.stream().allMatch(p -> "SENT".equals(row(p).get("status"))));

        Map<String, Long> perRecipient = gateway.findAll(postRequestedFor(urlEqualTo("/messages"))).stream()
                .map(r -> r.getBodyAsString().replaceAll(".*\"to\":\"\\+84([0-9]+)\".*", "0$1"))
                .filter(phones::contains)
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(perRecipient).hasSize(30).allSatisfy((phone, count) -> assertThat(count).isEqualTo(1L));
        assertThat(phones).allSatisfy(p -> assertThat(row(p)).containsEntry("attempts", 1));
    }

    @Test
    void oneTimeCodesAreNeverLoggedAndTheirTextIsErasedOnceDelivered(CapturedOutput output) {
        String address = "ma.xac.thuc." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String phone = phone();
        gateway.stubFor(post(urlEqualTo("/messages")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.to", equalTo("+84" + phone.substring(1))))
                .willReturn(aResponse().withStatus(503).withBody("echo: Mã xác minh 915372")));
        inTransaction(() -> {
            port.send(new NotificationPort.OutgoingMessage(NotificationPort.Channel.EMAIL, address,
                    "Mã xác minh tài khoản", "Mã xác minh của ông/bà là 482913 (hiệu lực 10 phút)."));
            port.send(new NotificationPort.OutgoingMessage(NotificationPort.Channel.SMS, phone,
                    "Mã xác minh", "Ma xac minh: 915372"));
            return null;
        });

        MimeMessage mail = awaitMail(address);
        assertThat(GreenMailUtil.getBody(mail)).contains("482913");
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(1).equals(row(phone).get("attempts")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(row(address))
                .containsEntry("status", "SENT").containsEntry("template", "ONE_TIME_CODE")
                .containsEntry("sealed", false));
        // the waiting SMS keeps its text sealed, never in clear
        byte[] sealed = jdbc.sql("SELECT body_sealed FROM notification_message WHERE recipient = :r")
                .param("r", phone).query(byte[].class).single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("915372");
        assertThat((String) row(phone).get("last_error")).doesNotContain("915372");
        // (GreenMail, the test's SMTP server, logs the addresses it sees: its lines are not the portal's)
        String portalLog = output.getAll().lines().filter(line -> !line.contains("icegreen"))
                .collect(Collectors.joining("\n"));
        assertThat(portalLog).doesNotContain("482913").doesNotContain("915372").doesNotContain(address)
                .doesNotContain(phone).contains("sent by smtp");
    }

    @Test
    void anAccountIsNotifiedOverTheChannelsItChose() {
        preferences.save(DEMO_CITIZEN, Map.of(), Instant.now());   // start from "nothing chosen"
        String none = "test:" + UUID.randomUUID();
        assertThat(inTransaction(() -> notifications.notifyAccount(none, DEMO_CITIZEN,
                NotificationTemplate.DOSSIER_RECEIVED, RECEIVED))).isZero();

        preferences.save(DEMO_CITIZEN, Map.of(NotificationTemplate.DOSSIER_RECEIVED,
                Set.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL)), Instant.now());
        String reference = "test:" + UUID.randomUUID();
        int before = mailsTo("demo.citizen@example.com").size();
        assertThat(inTransaction(() -> notifications.notifyAccount(reference, DEMO_CITIZEN,
                NotificationTemplate.DOSSIER_RECEIVED, RECEIVED))).isEqualTo(2);

        await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo("demo.citizen@example.com").size() == before + 1);
        assertThat(jdbc.sql("""
                        SELECT i.subject FROM notification_inbox_message i JOIN notification_message m ON m.id = i.id
                        WHERE m.reference = :r AND i.account_id = :a""")
                .param("r", reference).param("a", DEMO_CITIZEN).query(String.class).single())
                .isEqualTo("Hồ sơ 000.00.01.H63-261201-0001 đã được tiếp nhận");
        assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE reference = :r AND channel = 'SMS'")
                .param("r", reference).query(Integer.class).single()).isZero();
        preferences.save(DEMO_CITIZEN, Map.of(NotificationTemplate.DOSSIER_RECEIVED,
                Set.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL)), Instant.now());
    }

    private <T> T inTransaction(Callable<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Map<String, Object> row(String recipient) {
        return jdbc.sql("""
                        SELECT id, status, attempts, transport, template, last_error, body_sealed IS NOT NULL AS sealed
                        FROM notification_message WHERE recipient = :r ORDER BY created_at DESC LIMIT 1""")
                .param("r", recipient).query().singleRow();
    }

    private List<LoggedRequest> requestsTo(String phone) {
        return gateway.findAll(postRequestedFor(urlEqualTo("/messages"))
                .withRequestBody(matchingJsonPath("$.to", equalTo("+84" + phone.substring(1)))));
    }

    private static MimeMessage awaitMail(String address) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo(address).isEmpty());
        return mailsTo(address).getFirst();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static String phone() {
        return "09" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
