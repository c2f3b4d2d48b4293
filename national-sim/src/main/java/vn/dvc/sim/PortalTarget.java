package vn.dvc.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Where dossiers filed on the citizen page are pushed: {@code sim.portal-url} and {@code sim.portal-api-key} at start,
 * changed at run time by {@code POST /sim/portal {"url": "http://localhost:8123", "apiKey": "…"}} (a test starts the
 * portal on a random port after the simulator); {@code GET /sim/portal} shows the address (never the key). A reset
 * keeps it.
 */
@RestController
public class PortalTarget {

    private String url;
    private String apiKey;

    PortalTarget(SimProperties properties) {
        this.url = strip(properties.portalUrl());
        this.apiKey = properties.portalApiKey();
    }

    public synchronized String url() {
        return url;
    }

    public synchronized String apiKey() {
        return apiKey;
    }

    @GetMapping("/sim/portal")
    synchronized Map<String, Object> show() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("url", url);
        shown.put("apiKeySet", apiKey != null && !apiKey.isBlank());
        return shown;
    }

    @PostMapping("/sim/portal")
    synchronized ResponseEntity<Map<String, Object>> set(@RequestBody JsonNode body) {
        String newUrl = body.path("url").asString("").strip();
        if (!newUrl.isEmpty()) {
            if (!newUrl.startsWith("http://") && !newUrl.startsWith("https://")) {
                return ResponseEntity.badRequest().body(Map.of("error", "url must be http(s)://…"));
            }
            url = strip(newUrl);
        }
        if (body.hasNonNull("apiKey")) {
            apiKey = body.get("apiKey").asString();
        }
        return ResponseEntity.ok(show());
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
