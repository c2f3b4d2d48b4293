package vn.dvc.portal.dossier.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * ClamAV's daemon over TCP with the {@code INSTREAM} command: the content goes in chunks (4-byte big-endian
 * length, then the bytes), a zero length ends it, and clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}.
 */
final class ClamdScanner implements VirusScanner {

    private static final int CHUNK = 64 * 1024;
    private final String host;
    private final int port;

    ClamdScanner(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public Optional<String> findThreat(byte[] content) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 3_000);
            socket.setSoTimeout(30_000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            if (answer.endsWith("OK")) {
                return Optional.empty();
            }
            if (answer.endsWith("FOUND")) {
                return Optional.of(answer.substring(answer.indexOf(':') + 1, answer.length() - "FOUND".length()).strip());
            }
            throw new ScanUnavailable("clamd answered: " + answer, null);
        } catch (IOException e) {
            throw new ScanUnavailable("clamd at " + host + ":" + port + " cannot be reached", e);
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0) {
            answer.write(b);
        }
        return answer.toString(StandardCharsets.US_ASCII).strip();
    }
}
