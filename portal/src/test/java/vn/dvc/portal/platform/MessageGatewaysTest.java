package vn.dvc.portal.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that deliver over real protocols: the shared test configuration ({@link PortalTest}) with an
 * in-process SMTP server (GreenMail) and a fake SMS gateway (WireMock) configured, instead of the development
 * mailbox, plus what those tests set: the gateway's token, the SMS webhook's secret, a look-up limit of
 * {@value #LOOKUP_LIMIT}, no STARTTLS, and the delivery worker's poll once an hour (tests call it themselves). One
 * application context and one pair of servers for every subclass, for the whole test JVM.
 */
@PortalTest
@TestPropertySource(properties = {"dvc.notification.poll-interval=1h", "dvc.notification.smtp.starttls=false",
        "dvc.notification.sms.token=" + MessageGatewaysTest.GATEWAY_TOKEN,
        "dvc.lookup.sms-webhook-secret=" + MessageGatewaysTest.WEBHOOK_SECRET,
        "dvc.lookup.rate-limit=" + MessageGatewaysTest.LOOKUP_LIMIT})
public abstract class MessageGatewaysTest {

    public static final String GATEWAY_TOKEN = "gateway-test-token";
    public static final String WEBHOOK_SECRET = "lookup-test-webhook-secret";
    public static final int LOOKUP_LIMIT = 20;

    protected static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));
    protected static final WireMockServer gateway = new WireMockServer(WireMockConfiguration.options()
            .bindAddress("127.0.0.1").dynamicPort());

    static {
        smtp.start();
        gateway.start();
        // accepted unless a test stubs otherwise (at a higher priority, i.e. a lower number)
        gateway.stubFor(post(urlEqualTo("/messages")).atPriority(10)
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"gw-1\"}")));
        // stopped when the JVM ends, after the application contexts that send to them
        SpringApplication.getShutdownHandlers().add(() -> {
            smtp.stop();
            gateway.stop();
        });
    }

    @DynamicPropertySource
    static void gateways(DynamicPropertyRegistry registry) {
        registry.add("dvc.notification.smtp.host", () -> "127.0.0.1");
        registry.add("dvc.notification.smtp.port", () -> smtp.getSmtp().getPort());
        registry.add("dvc.notification.sms.gateway-url", () -> "http://127.0.0.1:" + gateway.port() + "/");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
