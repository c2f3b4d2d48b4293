package vn.dvc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.dossier.Channel;
import vn.dvc.portal.dossier.DossierReceived;
import vn.dvc.portal.platform.PortalTest;

/**
 * The notifications per dossier event (#8 item 6, INT-4): receiving a dossier (through the National Portal
 * channel, a walk-in-like dossier without an account) queues exactly one message to the phone on the dossier,
 * with its code and appointment; the same event delivered again queues nothing more; an event published in a
 * transaction that rolls back queues nothing. Delivery itself (SMTP, SMS gateway, retries) is covered by
 * NotificationDeliveryIT.
 */
@PortalTest
class DossierNoticesIT {

    static final String API_KEY = PortalTest.NATIONAL_PORTAL_API_KEY;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierNotices notices;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aReceivedDossierGetsExactlyOneMessageAndARedeliveryNoSecond() throws Exception {
        String phone = "09" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        JsonNode received = receive(phone);
        UUID id = UUID.fromString(received.get("dossierId").asString());
        String code = received.get("dossierCode").asString();

        await().atMost(Duration.ofSeconds(15)).until(() -> !messages(id).isEmpty());
        List<Map<String, Object>> messages = messages(id);
        assertThat(messages).hasSize(1);
        assertThat(messages.getFirst()).containsEntry("channel", "SMS").containsEntry("recipient", phone)
                .containsEntry("template", "DOSSIER_RECEIVED");
        assertThat((String) messages.getFirst().get("subject")).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");

        // the event registry delivers the same event again (e.g. after a crash): nothing more is queued
        String reference = (String) messages.getFirst().get("reference");
        long at = Long.parseLong(reference.substring(reference.lastIndexOf(':') + 1));
        Instant instant = Instant.ofEpochMilli(at);
        new TransactionTemplate(transactions).executeWithoutResult(status -> notices.on(new DossierReceived(id, code,
                "1.001193", 1, Channel.NATIONAL_PORTAL, "000.21.40.H63", "000.21.40.H63", instant,
                instant.plus(Duration.ofDays(1)))));
        Thread.sleep(1_000); // the listener may run asynchronously even when called directly
        assertThat(messages(id)).hasSize(1);
    }

    @Test
    void anEventOfARolledBackTransactionQueuesNothing() throws Exception {
        String phone = "09" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        JsonNode received = receive(phone);
        UUID id = UUID.fromString(received.get("dossierId").asString());
        await().atMost(Duration.ofSeconds(15)).until(() -> messages(id).size() == 1);

        Instant later = Instant.now().plus(Duration.ofHours(1));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new DossierReceived(id, received.get("dossierCode").asString(), "1.001193", 1,
                    Channel.NATIONAL_PORTAL, "000.21.40.H63", "000.21.40.H63", later, later.plus(Duration.ofDays(1))));
            status.setRollbackOnly();
        });
        Thread.sleep(1_500);
        assertThat(messages(id)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE reference = :reference")
                .param("reference", "dossier-received:" + id + ":" + later.toEpochMilli())
                .query(Integer.class).single()).isZero();
    }

    private List<Map<String, Object>> messages(UUID dossierId) {
        return jdbc.sql("SELECT reference, channel, recipient, template, subject FROM notification_message "
                        + "WHERE reference LIKE :prefix")
                .param("prefix", "dossier-received:" + dossierId + ":%").query().listOfRows();
    }

    private JsonNode receive(String phone) throws Exception {
        byte[] content = new byte[4_000];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, content, 0, 9);
        String pdf = Base64.getEncoder().encodeToString(content);
        String body = """
                {"MaHoSo":"G22.99-%s","MaTTHC":"1.001193","ChuHoSo":"Lý Thị Sinh","SoGiayToChuHoSo":"015190006677",
                 "LoaiDoiTuong":1,"DiaChi":"Thôn Đồng Tâm, xã Tân Thịnh, thành phố Yên Bái","SoDienThoai":"%s",
                 "KenhThucHien":2,"TrichYeuHoSo":"Đăng ký khai sinh cho con",
                 "TaiLieuNop":[{"TepDinhKemId":"1","TenTepDinhKem":"to-khai.pdf","MaThanhPhanHoSo":"TP1","NoiDungTep":"%s"},
                  {"TepDinhKemId":"2","TenTepDinhKem":"giay-chung-sinh.pdf","MaThanhPhanHoSo":"TP2","NoiDungTep":"%s"},
                  {"TepDinhKemId":"3","TenTepDinhKem":"giay-to-tuy-than.pdf","MaThanhPhanHoSo":"TP6","NoiDungTep":"%s"}]}
                """.formatted(UUID.randomUUID(), phone, pdf, pdf, pdf);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/national-portal/dossiers"))
                .header("Content-Type", "application/json").header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
