package vn.dvc.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The fault controls ({@code POST /sim/faults} sets the fields present in its body, {@code DELETE /sim/faults}
 * clears them all; national-sim/README.md documents the body). Counters count down as calls consume them.
 * <ul>
 *   <li>{@code latencyMs}: every adapter call waits this long before it is handled;</li>
 *   <li>{@code down}: every adapter call (session and services) answers 503, as if the portal were down;</li>
 *   <li>{@code serverErrors} (with {@code serverErrorStatus}, default 503): the next N service calls answer that
 *       status and have no effect;</li>
 *   <li>{@code timeouts} (with {@code timeoutMs}, default 10000): the next N service calls take effect, then the
 *       answer is held back that long, so the caller's read time-out leaves it not knowing;</li>
 *   <li>{@code expireSessions: true}: every session token issued so far stops working now;</li>
 *   <li>{@code drop}: the next N service calls carrying dossiers are answered with success but silently
 *       discarded (nothing recorded, nothing changed);</li>
 *   <li>{@code duplicateDeliveries}: the next N dossiers filed on the citizen page are pushed to the province
 *       twice;</li>
 *   <li>{@code refuse}: a list of dossier codes (MaHoSo) whose messages are refused for good
 *       ({@code error_code} 1) until the list is changed or cleared;</li>
 *   <li>{@code service}: a service name; while set, the counted faults ({@code serverErrors}, {@code timeouts},
 *       {@code drop}) are taken only by calls of that service (e.g. a time-out of {@code CapNhatTienDoHoSoMC}
 *       while {@code TraCuuHoSo} answers at once); {@code ""} or {@code null} for any service again.</li>
 * </ul>
 */
@Component
public class Faults {

    private final Sessions sessions;
    private long latencyMs;
    private boolean down;
    private int serverErrors;
    private int serverErrorStatus = 503;
    private int timeouts;
    private long timeoutMs = 10_000;
    private int drop;
    private int duplicateDeliveries;
    private final Set<String> refuse = new TreeSet<>();
    private String service = "";

    Faults(Sessions sessions) {
        this.sessions = sessions;
    }

    synchronized void set(JsonNode body) {
        if (body.has("latencyMs")) {
            latencyMs = Math.max(0, body.get("latencyMs").asLong());
        }
        if (body.has("down")) {
            down = body.get("down").asBoolean();
        }
        if (body.has("serverErrors")) {
            serverErrors = Math.max(0, body.get("serverErrors").asInt());
        }
        if (body.has("serverErrorStatus")) {
            int status = body.get("serverErrorStatus").asInt();
            serverErrorStatus = status >= 500 && status <= 599 ? status : 503;
        }
        if (body.has("timeouts")) {
            timeouts = Math.max(0, body.get("timeouts").asInt());
        }
        if (body.has("timeoutMs")) {
            timeoutMs = Math.max(0, body.get("timeoutMs").asLong());
        }
        if (body.has("drop")) {
            drop = Math.max(0, body.get("drop").asInt());
        }
        if (body.has("duplicateDeliveries")) {
            duplicateDeliveries = Math.max(0, body.get("duplicateDeliveries").asInt());
        }
        if (body.has("refuse")) {
            refuse.clear();
            body.get("refuse").forEach(code -> refuse.add(code.asString()));
        }
        if (body.has("service")) {
            service = body.get("service").isNull() ? "" : body.get("service").asString("").strip();
        }
        if (body.path("expireSessions").asBoolean(false)) {
            sessions.expireAll();
        }
    }

    synchronized void clear() {
        latencyMs = 0;
        down = false;
        serverErrors = 0;
        serverErrorStatus = 503;
        timeouts = 0;
        timeoutMs = 10_000;
        drop = 0;
        duplicateDeliveries = 0;
        refuse.clear();
        service = "";
    }

    synchronized Map<String, Object> current() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("latencyMs", latencyMs);
        map.put("down", down);
        map.put("serverErrors", serverErrors);
        map.put("serverErrorStatus", serverErrorStatus);
        map.put("timeouts", timeouts);
        map.put("timeoutMs", timeoutMs);
        map.put("drop", drop);
        map.put("duplicateDeliveries", duplicateDeliveries);
        map.put("refuse", Set.copyOf(refuse));
        map.put("service", service);
        return map;
    }

    synchronized long latencyMs() {
        return latencyMs;
    }

    synchronized boolean down() {
        return down;
    }

    /** Whether the counted faults apply to a call of this service. */
    private boolean concerns(String name) {
        return service.isEmpty() || service.equals(name);
    }

    /** The status to answer instead of handling a call of the service, or 0; consumes one. */
    synchronized int takeServerError(String name) {
        if (serverErrors > 0 && concerns(name)) {
            serverErrors--;
            return serverErrorStatus;
        }
        return 0;
    }

    /** How long to hold the answer back after handling a call of the service, or 0; consumes one. */
    synchronized long takeTimeout(String name) {
        if (timeouts > 0 && concerns(name)) {
            timeouts--;
            return timeoutMs;
        }
        return 0;
    }

    /** Whether to discard this call of the service silently; consumes one. */
    synchronized boolean takeDrop(String name) {
        if (drop > 0 && concerns(name)) {
            drop--;
            return true;
        }
        return false;
    }

    /** Whether to push this filed dossier twice; consumes one. */
    public synchronized boolean takeDuplicateDelivery() {
        if (duplicateDeliveries > 0) {
            duplicateDeliveries--;
            return true;
        }
        return false;
    }

    public synchronized boolean refuses(String maHoSo) {
        return maHoSo != null && refuse.contains(maHoSo);
    }
}
