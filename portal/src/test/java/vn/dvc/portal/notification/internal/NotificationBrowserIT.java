package vn.dvc.portal.notification.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvc.portal.notification.NotificationTemplate;
import vn.dvc.portal.notification.Notifications;
import vn.dvc.portal.platform.BrowserTest;
import vn.dvc.portal.platform.PortalProperties;

/**
 * The notification pages in a browser (#8 item 6): the applicant reads an in-app message and marks it read,
 * chooses the channels of a kind of notification (and the next one follows the choice); the Centre sees the
 * delivery status with masked recipients and never the text; an officer of another role may not.
 * Without SMTP or SMS gateway configured, e-mail and SMS go to the development mailbox.
 */
class NotificationBrowserIT extends BrowserTest {

    static final UUID DEMO_CITIZEN = UUID.nameUUIDFromBytes("dvc-demo:demo.citizen".getBytes());

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortalProperties properties;

    @Test
    void theApplicantReadsAnInAppMessageAndMarksItRead() {
        String code = "000.00.01.H63-261201-" + (1000 + (int) (Math.random() * 9000));
        notifications.notifyAccount("browser:" + UUID.randomUUID(), DEMO_CITIZEN, NotificationTemplate.SUPPLEMENT_REQUESTED,
                Map.of("dossierCode", code, "procedureName", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                        "reason", "bản vẽ mặt bằng có chữ ký của chủ đầu tư"));

        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        // from the account page, as a person would
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thông báo của tôi")).click();
        citizen.waitForURL(url("/tai-khoan/thong-bao"));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Thông báo của tôi");
        Locator message = citizen.locator("ol.notification-inbox > li", new Page.LocatorOptions().setHasText(code));
        assertThat(message).hasClass(java.util.regex.Pattern.compile(".*\\bunread\\b.*"));
        assertThat(message.locator("h2")).containsText("Hồ sơ " + code + " cần bổ sung");
        assertThat(message).containsText("Nội dung cần bổ sung: bản vẽ mặt bằng có chữ ký của chủ đầu tư.");
        assertThat(citizen.locator("#unread-count")).containsText("chưa đọc");
        assertAccessible(citizen);

        message.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đánh dấu đã đọc")).click();
        assertThat(citizen.getByRole(AriaRole.STATUS)).hasText("Đã đánh dấu thông báo là đã đọc.");
        Locator after = citizen.locator("ol.notification-inbox > li", new Page.LocatorOptions().setHasText(code));
        assertThat(after.locator(".badge")).hasText("Đã đọc");
        assertThat(after.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(jdbc.sql("SELECT read_at IS NOT NULL FROM notification_inbox_message WHERE account_id = :a AND subject LIKE :s")
                .param("a", DEMO_CITIZEN).param("s", "%" + code + "%").query(Boolean.class).single()).isTrue();

        // a message that is not the applicant's cannot be marked: "not found" (with a valid CSRF token)
        citizen.navigate(url("/tai-khoan/kenh-thong-bao"));
        String token = citizen.locator("form[method=post] input[name=_csrf]").first().getAttribute("value");
        assertThat(citizen.request().post(url("/tai-khoan/thong-bao/" + UUID.randomUUID() + "/da-doc"),
                com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0)
                        .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", token))).status())
                .isEqualTo(404);
        citizen.context().close();
    }

    @Test
    void theApplicantChoosesChannelsAndTheNextNotificationFollowsThem() {
        Page citizen = signedIn("demo.citizen", properties.demoPassword());
        citizen.navigate(url("/tai-khoan/kenh-thong-bao"));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Kênh nhận thông báo");
        Locator sms = citizen.getByLabel("Có kết quả giải quyết — Tin nhắn SMS");
        Locator email = citizen.getByLabel("Có kết quả giải quyết — Thư điện tử");
        assertThat(sms).not().isChecked();
        assertThat(email).isChecked();
        assertAccessible(citizen);

        sms.check();
        email.uncheck();
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu lựa chọn")).click();
        assertThat(citizen.getByRole(AriaRole.STATUS)).hasText("Đã lưu lựa chọn kênh nhận thông báo.");
        assertThat(citizen.getByLabel("Có kết quả giải quyết — Tin nhắn SMS")).isChecked();
        assertThat(citizen.getByLabel("Có kết quả giải quyết — Thư điện tử")).not().isChecked();
        assertThat(citizen.getByLabel("Hồ sơ được tiếp nhận — Thư điện tử")).isChecked();
        citizen.navigate(url("/tai-khoan/kenh-thong-bao?lang=en"));
        assertThat(citizen.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Notification channels");
        assertThat(citizen.getByLabel("Result ready — SMS")).isChecked();
        citizen.navigate(url("/tai-khoan/kenh-thong-bao?lang=vi"));

        // a choice the form never offers (a tampered request) is refused as a whole, naming the field; nothing changes
        String token = citizen.locator("form[method=post] input[name=_csrf]").first().getAttribute("value");
        com.microsoft.playwright.APIResponse tampered = citizen.request().post(url("/tai-khoan/kenh-thong-bao"),
                com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0)
                        .setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", token)
                                .set("chon", "RESULT_READY:PIGEON")));
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.text()).contains("Yêu cầu không hợp lệ", "Giá trị của tham số “chon” không hợp lệ.");
        citizen.reload();
        assertThat(citizen.getByLabel("Có kết quả giải quyết — Tin nhắn SMS")).isChecked();

        String reference = "browser:" + UUID.randomUUID();
        notifications.notifyAccount(reference, DEMO_CITIZEN, NotificationTemplate.RESULT_READY,
                Map.of("dossierCode", "000.00.01.H63-261201-0042", "procedureName", "Đăng ký khai sinh",
                        "returnPlace", "Bộ phận Một cửa UBND phường Đồng Tâm"));
        assertThat(jdbc.sql("SELECT string_agg(channel || ' ' || status, ',' ORDER BY channel) FROM notification_message WHERE reference = :r")
                .param("r", reference).query(String.class).single()).isEqualTo("IN_APP SENT,SMS SENT");
        citizen.context().close();
    }

    @Test
    void theCentreSeesDeliveryStatusesWithoutTheText() {
        notifications.notifyAccount("browser:" + UUID.randomUUID(), DEMO_CITIZEN, NotificationTemplate.DOSSIER_RECEIVED,
                Map.of("dossierCode", "000.00.01.H63-261201-0077", "procedureName", "Chứng thực chữ ký",
                        "appointmentDate", "03/12/2026"));

        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/thong-bao"));
        assertThat(centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Tình trạng gửi thông báo");
        Locator row = centre.locator("table.notification-deliveries tbody tr",
                new Page.LocatorOptions().setHasText("d***@example.com")).first();
        assertThat(row).containsText("Thư điện tử");
        assertThat(row).containsText("Hồ sơ được tiếp nhận");
        assertThat(row).containsText("Đã gửi");
        assertThat(row).containsText("development-mailbox");
        assertThat(centre.locator("main")).not().containsText("demo.citizen@example.com");
        assertThat(centre.locator("main")).not().containsText("Chứng thực chữ ký");
        assertAccessible(centre);

        centre.getByLabel("Lọc theo trạng thái").selectOption("FAILED");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc")).click();
        assertThat(centre.locator("main")).containsText("Không có thông báo nào.");
        // a status the filter never offers is a refused request naming the parameter, not a list
        com.microsoft.playwright.Response unknown = centre.navigate(url("/quan-tri/thong-bao?trang-thai=LOST"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(centre.locator("main")).containsText("Giá trị của tham số “trang-thai” không hợp lệ.");
        centre.context().close();

        Page desk = signedIn("demo.desk", properties.demoPassword());
        assertThat(desk.navigate(url("/quan-tri/thong-bao")).status()).isEqualTo(403);
        desk.context().close();
    }
}
