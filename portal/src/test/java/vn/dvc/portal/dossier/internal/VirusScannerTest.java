package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The scan port: the EICAR-only fallback finds the test signature anywhere in a file; the clamd client speaks
 * INSTREAM (chunked, zero-terminated) to a fake clamd and reads its verdict; an unreachable clamd refuses the
 * file rather than letting it through. Content types come from the bytes, not the name.
 */
class VirusScannerTest {

    @Test
    void theFallbackDetectsOnlyTheEicarSignature() {
        EicarSignatureScanner scanner = new EicarSignatureScanner();
        assertThat(scanner.findThreat(("%PDF-1.4\n" + EicarSignatureScanner.EICAR + "\n").getBytes())).contains("Eicar-Test-Signature");
        assertThat(scanner.findThreat(DossierFixtures.pdf(10_000))).isEmpty();
    }

    @Test
    void clamdIsAskedWithInstreamAndItsVerdictIsRead() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<byte[]> received = fakeClamd(server, "stream: Win.Test.EICAR_HDB-1 FOUND\0");
            byte[] content = new byte[150_000];
            content[0] = 'M';
            assertThat(new ClamdScanner("127.0.0.1", server.getLocalPort()).findThreat(content))
                    .contains("Win.Test.EICAR_HDB-1");
            assertThat(received.get()).hasSize(150_000).startsWith((byte) 'M');
        }
        try (ServerSocket server = new ServerSocket(0)) {
            fakeClamd(server, "stream: OK\0");
            assertThat(new ClamdScanner("127.0.0.1", server.getLocalPort()).findThreat(new byte[]{1, 2, 3})).isEmpty();
        }
        int closedPort;
        try (ServerSocket server = new ServerSocket(0)) {
            closedPort = server.getLocalPort();
        }
        assertThatThrownBy(() -> new ClamdScanner("127.0.0.1", closedPort).findThreat(new byte[]{1}))
                .isInstanceOf(VirusScanner.ScanUnavailable.class);
    }

    @Test
    void contentTypesComeFromTheBytes() {
        assertThat(ContentTypes.detect("%PDF-1.7".getBytes())).contains(ContentTypes.PDF);
        assertThat(ContentTypes.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains(ContentTypes.JPEG);
        assertThat(ContentTypes.detect("GIF89a".getBytes())).isEmpty();
        assertThat(ContentTypes.byName("Giấy Chứng Sinh.JPG")).isEqualTo(ContentTypes.JPEG);
        assertThat(ContentTypes.byName("to-khai.docx")).isNull();
    }

    /** Reads one INSTREAM request and answers; completes with the streamed bytes. */
    private static CompletableFuture<byte[]> fakeClamd(ServerSocket server, String answer) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] command = new byte[10];
                in.readFully(command);
                assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    byte[] chunk = new byte[length];
                    in.readFully(chunk);
                    content.write(chunk);
                }
                socket.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                return content.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
