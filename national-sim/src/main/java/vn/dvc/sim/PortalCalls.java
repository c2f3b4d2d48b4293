package vn.dvc.sim;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the simulator asks the province's portal ({@link PortalTarget}): its public catalogue (the procedures offered
 * online, one procedure in full, the agencies; no copy of the catalogue lives here) and the push of a dossier filed on
 * the citizen page ({@code POST /api/v1/national-portal/dossiers} with {@code X-Api-Key}).
 */
@Component
class PortalCalls {

    /** The portal's answer to a push: its HTTP status and body (JSON when it is). */
    record Answer(int status, String body, JsonNode json) {

        boolean accepted() {
            return status == 200 || status == 201;
        }
    }

    /** The portal could not be reached or answered something unreadable. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    private final PortalTarget target;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    PortalCalls(PortalTarget target, JsonMapper json) {
        this.target = target;
        this.json = json;
    }

    /** The procedures offered online (fully or partly), by name: {@code [{code, name, fieldCode, fieldName}]}. */
    List<Map<String, String>> onlineProcedures() {
        Map<String, Map<String, String>> byCode = new LinkedHashMap<>();
        for (String level : List.of("FULL", "PARTIAL")) {
            JsonNode page = get("/api/v1/procedures?onlineLevel=" + level + "&size=100");
            for (JsonNode item : page.path("items")) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("code", item.path("code").asString(""));
                row.put("name", item.path("name").asString(""));
                byCode.putIfAbsent(row.get("code"), row);
            }
        }
        List<Map<String, String>> list = new ArrayList<>(byCode.values());
        list.sort(Comparator.comparing(row -> row.get("name")));
        return list;
    }

    /** One published procedure in full, or null when the portal does not know it. */
    JsonNode procedure(String code) {
        try {
            return get("/api/v1/procedures/" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        } catch (Unreachable e) {
            return null;
        }
    }

    /** The agencies valid today: {@code [{code, name, …}]}. */
    JsonNode agencies() {
        return get("/api/v1/agencies?validOn=" + java.time.LocalDate.now(ReceivedLog.ZONE)).path("items");
    }

    /** Pushes a dossier as the National Portal does. */
    Answer push(ObjectNode message) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url() + "/api/v1/national-portal/dossiers"))
                .timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json; charset=UTF-8").header("Accept", "application/json")
                .header("Accept-Language", "vi").header("X-Api-Key", target.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(message), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request);
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (JacksonException e) {
            body = json.createObjectNode();
        }
        return new Answer(response.statusCode(), response.body(), body == null ? json.createObjectNode() : body);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(target.url() + path))
                .timeout(Duration.ofSeconds(20)).header("Accept", "application/json").GET().build());
        if (response.statusCode() != 200) {
            throw new Unreachable("the portal answered HTTP " + response.statusCode() + " to " + path);
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new Unreachable("the portal answered no JSON to " + path);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unreachable("the portal at " + target.url() + " is not reachable (" + e.getClass().getSimpleName()
                    + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }
}
