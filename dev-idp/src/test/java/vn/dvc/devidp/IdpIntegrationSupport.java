package vn.dvc.devidp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the provider once (the context is shared by every subclass) on a free port, configured through the
 * same names as the environment variables, with the issuer on that port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class IdpIntegrationSupport {

    static final int PORT = freePort();
    static final String ISSUER = "http://localhost:" + PORT;
    static final String CLIENT_ID = "dvc-portal-test";
    static final String CLIENT_SECRET = "test-secret-" + PORT;
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/national";
    static final String OTHER_REDIRECT_URI = "http://127.0.0.1:8080/login/oauth2/code/national";
    static final String PASSWORD = "MatKhauThu@2026";

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("DVC_IDP_PORT", () -> PORT);
        registry.add("DVC_IDP_ISSUER", () -> ISSUER);
        registry.add("DVC_IDP_CLIENT_ID", () -> CLIENT_ID);
        registry.add("DVC_IDP_CLIENT_SECRET", () -> CLIENT_SECRET);
        registry.add("DVC_IDP_REDIRECT_URIS", () -> REDIRECT_URI + ", " + OTHER_REDIRECT_URI);
        registry.add("DVC_IDP_PASSWORD", () -> PASSWORD);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
