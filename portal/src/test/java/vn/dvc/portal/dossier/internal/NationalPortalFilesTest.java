package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Files by link from the National Portal (INT-1): only from its own file hosts, https or loopback http, no user name,
 * no redirect followed, 200 only, never more than the limit; a file host that fails now is "unavailable" (the
 * dossier is sent again), a link that can never work is refused for good — against a real HTTP server on loopback.
 */
class NationalPortalFilesTest {

    private HttpServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, 200, "%PDF-1.7 tệp".getBytes()));
        server.createContext("/big", exchange -> answer(exchange, 200, new byte[5_000]));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/ok");
            answer(exchange, 302, new byte[0]);
        });
        server.createContext("/gone", exchange -> answer(exchange, 404, new byte[0]));
        server.createContext("/busy", exchange -> answer(exchange, 503, new byte[0]));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private NationalPortalFiles files(String hosts) {
        return new NationalPortalFiles(new NationalPortalFileProperties(hosts, DataSize.ofKilobytes(4),
                Duration.ofSeconds(5)));
    }

    private static NationalPortalMessage.Document link(String url) {
        return new NationalPortalMessage.Document(0, "1", "to-khai.pdf", "TP1", url, null);
    }

    @Test
    void theAllowListTakesHostsHostsWithPortsAndUrls() {
        assertThat(NationalPortalFiles.hosts("tep.dichvucong.gov.vn, localhost:9100 https://Dichvucong.gov.vn/adapter"))
                .containsExactly(new NationalPortalFiles.Host("tep.dichvucong.gov.vn", -1),
                        new NationalPortalFiles.Host("localhost", 9100),
                        new NationalPortalFiles.Host("dichvucong.gov.vn", -1));
        assertThat(NationalPortalFiles.hosts("")).isEmpty();
        assertThat(NationalPortalFiles.hosts(null)).isEmpty();
    }

    @Test
    void aLinkElsewhereOverPlainHttpWithAUserOrToAnotherPortIsRefusedForGood() {
        NationalPortalFiles files = files("tep.dichvucong.gov.vn, localhost:" + port);
        for (String link : new String[] {"https://evil.example/x.pdf", "http://tep.dichvucong.gov.vn/x.pdf",
                "https://user:pw@tep.dichvucong.gov.vn/x.pdf", "http://localhost:" + (port + 1) + "/ok",
                "ftp://tep.dichvucong.gov.vn/x.pdf", "không phải đường dẫn", "http://127.0.0.1:" + port + "/ok"}) {
            assertThatThrownBy(() -> files.fetch(link(link), 1_000_000)).as(link)
                    .isInstanceOfSatisfying(RefusedInput.class, refused -> assertThat(refused.errors().getFirst().field())
                            .isEqualTo("TaiLieuNop[0].DuongDanTaiTepTin"));
        }
        assertThatThrownBy(() -> files("").fetch(link("https://tep.dichvucong.gov.vn/x.pdf"), 1_000))
                .isInstanceOf(RefusedInput.class);
    }

    @Test
    void anAllowedLinkIsFetchedWithinItsLimitAndNeverFollowsARedirect() {
        NationalPortalFiles files = files("localhost:" + port);
        assertThat(new String(files.fetch(link("http://localhost:" + port + "/ok"), 1_000_000))).isEqualTo("%PDF-1.7 tệp");
        assertThatThrownBy(() -> files.fetch(link("http://localhost:" + port + "/moved"), 1_000_000))
                .isInstanceOfSatisfying(RefusedInput.class, r -> assertThat(r.messageKey())
                        .isEqualTo("dossier.error.fileLinkRedirect"));
        assertThatThrownBy(() -> files.fetch(link("http://localhost:" + port + "/gone"), 1_000_000))
                .isInstanceOfSatisfying(RefusedInput.class, r -> assertThat(r.messageKey())
                        .isEqualTo("dossier.error.fileLinkStatus"));
        // the component allows 1 000 bytes; the setting 4 KB: the smaller counts
        assertThatThrownBy(() -> files.fetch(link("http://localhost:" + port + "/big"), 1_000))
                .isInstanceOfSatisfying(RefusedInput.class, r -> assertThat(r.messageKey())
                        .isEqualTo("dossier.error.fileTooLarge"));
        assertThatThrownBy(() -> files.fetch(link("http://localhost:" + port + "/big"), 1_000_000))
                .isInstanceOf(RefusedInput.class);
    }

    @Test
    void aFileHostThatFailsNowMakesTheDossierComeAgainLater() {
        NationalPortalFiles files = files("localhost");
        assertThatThrownBy(() -> files.fetch(link("http://localhost:" + port + "/busy"), 1_000_000))
                .isInstanceOfSatisfying(NationalPortalFiles.Unavailable.class, u -> {
                    assertThat(u.getStatusCode().value()).isEqualTo(503);
                    assertThat(u.getHeaders().getFirst("Retry-After")).isEqualTo("120");
                });
        server.stop(0);
        assertThatThrownBy(() -> files.fetch(link("http://localhost:" + port + "/ok"), 1_000_000))
                .isInstanceOf(NationalPortalFiles.Unavailable.class);
    }
}
