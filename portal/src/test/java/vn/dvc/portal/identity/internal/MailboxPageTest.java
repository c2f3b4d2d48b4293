package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The development mailbox shows one-time codes and the demo officers' TOTP codes: with demo data on it answers
 * a browser on the portal's own machine only, and start-up says it is on (#14; before, anyone could read it).
 */
@ExtendWith(OutputCaptureExtension.class)
class MailboxPageTest {

    @Test
    void onlyALoopbackClientReachedDirectlyIsFromThisMachine() {
        assertThat(MailboxPage.fromThisMachine(from("127.0.0.1"))).isTrue();
        assertThat(MailboxPage.fromThisMachine(from("127.0.1.1"))).isTrue();
        assertThat(MailboxPage.fromThisMachine(from("0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(MailboxPage.fromThisMachine(from("::ffff:127.0.0.1"))).isTrue();

        assertThat(MailboxPage.fromThisMachine(from("203.0.113.7"))).isFalse();
        assertThat(MailboxPage.fromThisMachine(from("10.0.0.5"))).isFalse();
        assertThat(MailboxPage.fromThisMachine(from("2001:db8::1"))).isFalse();
        assertThat(MailboxPage.fromThisMachine(from("localhost.example"))).as("never looked up").isFalse();
        // a proxy on the same machine, without SERVER_FORWARD_HEADERS_STRATEGY: the address is the proxy's
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            MockHttpServletRequest proxied = from("127.0.0.1");
            proxied.addHeader(header, "203.0.113.7");
            assertThat(MailboxPage.fromThisMachine(proxied)).as(header).isFalse();
        }
    }

    @Test
    void aDistantClientIsToldNotFoundAndTheMachineItselfSeesTheCodes() {
        MailboxPage page = page(true);
        assertThatThrownBy(() -> page.mailbox(new ExtendedModelMap(), from("203.0.113.7"), new MockHttpServletResponse()))
                .isInstanceOf(ResourceNotFound.class);
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(page.mailbox(model, from("127.0.0.1"), new MockHttpServletResponse())).isEqualTo("identity/mailbox");
        assertThat(model).containsKeys("messages", "demoTotpCode");
        assertThatThrownBy(() -> page(false).mailbox(new ExtendedModelMap(), from("127.0.0.1"),
                new MockHttpServletResponse())).isInstanceOf(ResourceNotFound.class);
    }

    @Test
    void startUpSaysWhenItIsOnAndWhere(CapturedOutput output) {
        page(false);
        assertThat(output).doesNotContain(MailboxPage.PATH);
        page(true);
        assertThat(output).contains("development mailbox is on at /hop-thu-thu-nghiem", "this machine only");
    }

    private static MailboxPage page(boolean demoData) {
        PortalProperties properties = new PortalProperties("Tỉnh Yên Bái",
                new PortalProperties.Centre("Trung tâm", "Địa chỉ", "0216", "a@b.vn", "07:30–17:00"), "target/data",
                new PortalProperties.Database(null, null, null), demoData, "DemoDVC@2026");
        return new MailboxPage(mock(DevelopmentMailbox.class), properties, Clock.systemUTC());
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", MailboxPage.PATH);
        request.setRemoteAddr(address);
        return request;
    }
}
