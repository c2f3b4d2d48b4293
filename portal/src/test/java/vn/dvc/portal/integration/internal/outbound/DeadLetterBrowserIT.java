package vn.dvc.portal.integration.internal.outbound;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.platform.PortalProperties;

/**
 * A message the National Portal refuses for good becomes a dead letter on the Centre's page (#15 item 2, INT-1,
 * OPS-1): it holds back its dossier's later messages; the Centre's officer finds it by clicks from the account page,
 * sees the reason, corrects the payload (a bad one is refused on the form, with the typed text kept) and sends it
 * again — delivered once, then the held-back messages follow; or sends it again unchanged once the national side is
 * fixed. Correction and replay are audited. Other officers are refused the page.
 */
class DeadLetterBrowserIT extends NationalSyncTest {

    @Autowired
    PortalProperties properties;

    @Test
    void aRefusedMessageIsFoundCorrectedAndReplayedByTheCentreAndDeliveredOnce() {
        UUID id = refusedForGood("Phan Thị Mơ");
        String code = code(id);
        OutboundMessage dead = messages(id).getFirst();
        assertThat(dead.state()).isEqualTo(OutboundMessage.State.DEAD);
        assertThat(dead.lastError()).contains("giả lập từ chối");
        assertThat(messages(id).subList(1, messages(id).size()))
                .allSatisfy(m -> assertThat(m.state()).isEqualTo(OutboundMessage.State.PENDING));

        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đồng bộ với Cổng Dịch vụ công quốc gia"))
                .click();
        assertThat(centre.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Đồng bộ với Cổng Dịch vụ công quốc gia");
        assertThat(centre.locator("#sync-dead")).not().hasText("0");
        Locator row = centre.locator("#dead-letters tbody tr", new Page.LocatorOptions().setHasText(code));
        assertThat(row).containsText("Đồng bộ hồ sơ");
        assertThat(row).containsText("giả lập từ chối");
        assertAccessible(centre);
        row.getByRole(AriaRole.LINK).click();

        assertThat(centre.locator("#message-dossier")).hasText(code);
        assertThat(centre.locator("#message-state")).hasText("Bị từ chối");
        Locator payload = centre.getByLabel("Nội dung gửi (JSON)");
        String original = payload.inputValue();
        assertThat(original).contains("\"MaHoSo\" : \"" + code + "\"");
        assertAccessible(centre);

        // not JSON: refused on the form, the typed text kept, nothing sent
        payload.fill("{\"data\": [");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và gửi lại")).click();
        assertThat(centre.locator(".error-summary")).containsText("Nội dung gửi không phải JSON hợp lệ.");
        assertThat(centre.getByLabel("Nội dung gửi (JSON)")).hasValue("{\"data\": [");
        assertAccessible(centre);
        assertThat(messages(id).getFirst().state()).isEqualTo(OutboundMessage.State.DEAD);

        // the national side's fault is fixed, and the summary corrected
        SIM.faults("{\"refuse\": []}");
        String corrected = original.replaceFirst("\"TrichYeuHoSo\" : \"[^\"]*\"",
                "\"TrichYeuHoSo\" : \"Đăng ký lại khai sinh (đã sửa)\"");
        centre.getByLabel("Nội dung gửi (JSON)").fill(corrected);
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và gửi lại")).click();
        assertThat(centre.locator("p.success")).containsText(code);
        assertAccessible(centre);

        drain();
        assertThat(messages(id)).allSatisfy(m -> assertThat(m.state()).isEqualTo(OutboundMessage.State.DELIVERED));
        OutboundMessage replayed = messages(id).getFirst();
        assertThat(replayed.correctedBy()).isEqualTo("demo.centre");
        assertThat(replayed.originalPayload()).doesNotContain("(đã sửa)");
        List<JsonNode> accepted = accepted(code);
        assertThat(accepted.getFirst().path("message").path("data").path(0).path("TrichYeuHoSo").asString())
                .isEqualTo("Đăng ký lại khai sinh (đã sửa)");
        assertEveryEventOnceInOrder(id);
        assertThat(audit("integration.sync.message.corrected", replayed.id()))
                .contains("data[0].TrichYeuHoSo").doesNotContain("đã sửa");
        centre.context().close();
    }

    @Test
    void aRefusedMessageIsReplayedUnchangedOnceTheNationalSideIsFixedAndOthersMayNotSeeThePage() {
        UUID id = refusedForGood("Quàng Văn Pọm");
        String code = code(id);
        long deadId = messages(id).getFirst().id();

        Page centre = signedIn("demo.centre", properties.demoPassword());
        centre.navigate(url("/quan-tri/dong-bo-dvcqg/tin/" + deadId));
        SIM.faults("{\"refuse\": []}");
        centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lại").setExact(true)).click();
        assertThat(centre.locator("p.success")).containsText(code);
        drain();
        assertThat(messages(id)).allSatisfy(m -> assertThat(m.state()).isEqualTo(OutboundMessage.State.DELIVERED));
        assertThat(messages(id).getFirst().replayedBy()).isEqualTo("demo.centre");
        assertThat(messages(id).getFirst().correctedBy()).isNull();
        assertEveryEventOnceInOrder(id);
        assertThat(audit("integration.sync.message.replayed", deadId)).contains(code);

        // a delivered message shows its payload and offers nothing to send
        centre.navigate(url("/quan-tri/dong-bo-dvcqg/tin/" + deadId));
        assertThat(centre.locator("#message-state")).hasText("Đã gửi");
        assertThat(centre.locator("#payload-text")).containsText(code);
        assertThat(centre.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi lại").setExact(true))).hasCount(0);
        assertThat(centre.navigate(url("/quan-tri/dong-bo-dvcqg/tin/999999999")).status()).isEqualTo(404);
        centre.context().close();

        Page desk = signedIn("demo.desk", properties.demoPassword());
        assertThat(desk.navigate(url("/quan-tri/dong-bo-dvcqg")).status()).isEqualTo(403);
        desk.context().close();
    }

    /**
     * A dossier received while the simulator is down, whose messages the simulator then refuses for good: its first
     * message is a dead letter, the others wait behind it.
     */
    private UUID refusedForGood(String applicant) {
        SIM.faults("{\"down\": true}");
        UUID id = received(applicant);
        SIM.faults("{\"down\": false, \"refuse\": [\"" + code(id) + "\"]}");
        awaitDelivering(() -> messages(id).getFirst().dead(), Duration.ofSeconds(30));
        drain();
        return id;
    }

    private String audit(String action, long messageId) {
        return jdbc.sql("SELECT actor || ' ' || details::text FROM audit_event WHERE action = :action AND object_id = :id")
                .param("action", action).param("id", Long.toString(messageId)).query(String.class).single();
    }
}
