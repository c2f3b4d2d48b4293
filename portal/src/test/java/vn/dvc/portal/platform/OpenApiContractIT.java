package vn.dvc.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API contract is committed in {@code docs/api/openapi.json}; this test fails when the running API
 * drifts from it. After an intended change, regenerate it with
 * {@code ./mvnw -B verify -Ddvc.openapi.update=true} and commit the file with the change.
 */
@PortalTest
class OpenApiContractIT {

    static final Path CONTRACT = Path.of("..", "docs", "api", "openapi.json");
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @LocalServerPort
    int port;

    @Test
    void runningApiMatchesTheCommittedContract() throws Exception {
        String body = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonNode actual = JSON.readTree(body);
        ((tools.jackson.databind.node.ObjectNode) actual).remove("servers");
        String rendered = JSON.writeValueAsString(JSON.treeToValue(actual, Object.class)) + "\n";

        if (Boolean.getBoolean("dvc.openapi.update")) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, rendered);
        }
        assertThat(CONTRACT).as("the committed API contract").exists();
        assertThat(rendered).as("docs/api/openapi.json is out of date: run ./mvnw -B verify -Ddvc.openapi.update=true")
                .isEqualTo(Files.readString(CONTRACT));
    }
}
