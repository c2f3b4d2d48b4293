package vn.dvc.devidp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * The other systems that call the portal's officers' API (issue #15) with the {@code client_credentials} grant:
 * confidential clients with fixed development secrets, each allowed some of the API's scopes. The portal binds each
 * client id to a system account (its demo data has both, see the portal's README, "API for other systems").
 */
final class SystemClients {

    /** The scopes of the portal's officers' API. */
    static final List<String> API_SCOPES = List.of("dvc.desk", "dvc.processing", "dvc.feedback");

    /**
     * A registered system.
     *
     * @param scopes the scopes it may ask for (a token request must name those it wants: without {@code scope} the
     *               token has none)
     */
    record SystemClient(String clientId, String secret, String name, List<String> scopes) {
    }

    static final List<SystemClient> ALL = List.of(
            new SystemClient("lgsp.yenbai", "lgsp-dev-secret",
                    "Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Yên Bái (LGSP)", API_SCOPES),
            new SystemClient("sotuphap.hotich", "sotuphap-dev-secret", "Phần mềm hộ tịch của Sở Tư pháp",
                    List.of("dvc.desk", "dvc.processing")));

    private SystemClients() {
    }

    static RegisteredClient registered(SystemClient client, PasswordEncoder encoder) {
        return RegisteredClient.withId(UUID.nameUUIDFromBytes(client.clientId().getBytes(StandardCharsets.UTF_8))
                        .toString())
                .clientId(client.clientId())
                .clientName(client.name())
                .clientSecret(encoder.encode(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .build();
    }
}
