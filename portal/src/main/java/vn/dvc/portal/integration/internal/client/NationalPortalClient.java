package vn.dvc.portal.integration.internal.client;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one client of the National Portal's integration adapter (NATIONAL-PORTAL.md §1). It signs in
 * ({@code POST {url}/adapter/auth}, user name and password → session token), keeps the token, and sends every call
 * to {@code POST {url}/adapter/integration} as {@code {"session", "madonvi", "service", …fields}} with the
 * {@code dstcode} header. When an answer says the session is invalid or expired it signs in again and sends the
 * call once more — never caching a session forever, the defect seen elsewhere. Success is {@code error_code} 0 (or
 * "00"). Every call is timed ({@code dvc.national_portal.calls}, by service and outcome).
 *
 * <p>Thread-safe; one per application. Built by {@code IntegrationConfiguration} only when a URL is configured.
 */
public class NationalPortalClient {

    static final String AUTH_PATH = "/adapter/auth";
    static final String INTEGRATION_PATH = "/adapter/integration";

    private static final Logger log = LoggerFactory.getLogger(NationalPortalClient.class);

    private final NationalPortalProperties properties;
    private final JsonMapper json;
    private final HttpClient http;
    private final MeterRegistry meters;
    private final AtomicReference<@Nullable String> session = new AtomicReference<>();

    public NationalPortalClient(NationalPortalProperties properties, JsonMapper json, MeterRegistry meters) {
        this.properties = properties;
        this.json = json;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** A new empty body to fill with a service's fields (the envelope fields are added by {@link #call}). */
    public ObjectNode body() {
        return json.createObjectNode();
    }

    /**
     * Calls a service for the province as a whole ({@code madonvi} = the configured agency code).
     *
     * @return the whole answer (with {@code error_code} 0)
     * @throws NationalPortalException.Unavailable when there is no usable answer
     * @throws NationalPortalException.Refused     when the National Portal refused the call
     */
    public JsonNode call(String service, ObjectNode fields) {
        return call(service, properties.agencyCode(), fields);
    }

    /** Calls a service on behalf of an agency ({@code madonvi}). */
    public JsonNode call(String service, String agencyCode, ObjectNode fields) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            JsonNode answer = callWithSession(service, agencyCode, fields);
            outcome = "ok";
            return answer;
        } catch (NationalPortalException.Refused refused) {
            outcome = "refused";
            throw refused;
        } catch (NationalPortalException.Unavailable unavailable) {
            outcome = unavailable.outcomeUnknown() ? "unknown" : "unavailable";
            throw unavailable;
        } finally {
            sample.stop(meters.timer("dvc.national_portal.calls", "service", service, "outcome", outcome));
        }
    }

    private JsonNode callWithSession(String service, String agencyCode, ObjectNode fields) {
        String token = session.get();
        if (token == null) {
            token = signIn();
        }
        JsonNode answer = post(INTEGRATION_PATH, envelope(token, service, agencyCode, fields));
        if (sessionProblem(answer)) {
            session.compareAndSet(token, null);
            log.info("National Portal session ended; signing in again for {}", service);
            answer = post(INTEGRATION_PATH, envelope(signIn(), service, agencyCode, fields));
            if (sessionProblem(answer)) {
                throw new NationalPortalException.Unavailable(
                        "the National Portal refused a fresh session: " + answer.path("message").asString(""), false, null);
            }
        }
        requireSuccess(answer);
        return answer;
    }

    private ObjectNode envelope(String token, String service, String agencyCode, ObjectNode fields) {
        ObjectNode body = json.createObjectNode();
        body.put("session", token);
        body.put("madonvi", agencyCode);
        body.put("service", service);
        body.setAll(fields);
        return body;
    }

    private synchronized String signIn() {
        ObjectNode credentials = json.createObjectNode();
        credentials.put("username", properties.user());
        credentials.put("password", properties.password());
        JsonNode answer = post(AUTH_PATH, credentials);
        requireSuccess(answer);
        String token = answer.path("session").asString("");
        if (token.isBlank()) {
            throw new NationalPortalException.Unavailable("the National Portal's sign-in answered no session", false, null);
        }
        session.set(token);
        return token;
    }

    private JsonNode post(String path, ObjectNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stripSlash(properties.url()) + path))
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .header("dstcode", properties.dstcode())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new NationalPortalException.Unavailable("the National Portal is not reachable: " + e, false, e);
        } catch (HttpTimeoutException e) {
            throw new NationalPortalException.Unavailable("the National Portal did not answer in time", true, e);
        } catch (IOException e) {
            throw new NationalPortalException.Unavailable("the connection to the National Portal failed: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NationalPortalException.Unavailable("interrupted", true, e);
        }
        if (response.statusCode() >= 300) {
            // a 5xx may have been answered after the work was done; a 4xx says the request was not taken
            throw new NationalPortalException.Unavailable("the National Portal answered HTTP " + response.statusCode(),
                    response.statusCode() >= 500 && response.statusCode() != 503, null);
        }
        try {
            JsonNode answer = json.readTree(response.body());
            if (answer == null || !answer.isObject()) {
                throw new NationalPortalException.Unavailable("the National Portal answered no JSON object", true, null);
            }
            return answer;
        } catch (JacksonException e) {
            throw new NationalPortalException.Unavailable("the National Portal answered unreadable JSON", true, e);
        }
    }

    /** {@code error_code} 0 or "00" (both are seen), else refused with the national side's message. */
    private static void requireSuccess(JsonNode answer) {
        String code = errorCode(answer);
        if (!(code.equals("0") || code.equals("00"))) {
            String message = answer.path("message").asString(answer.path("error_message").asString(""));
            throw new NationalPortalException.Refused(code, message.isBlank() ? "error_code " + code : message);
        }
    }

    /**
     * Whether the answer says the session is invalid or expired: {@code error_code} 2 (the simulator's, see
     * national-sim/README.md) or a message that speaks of the session — the real deployments word it differently.
     */
    static boolean sessionProblem(JsonNode answer) {
        String code = errorCode(answer);
        if (code.equals("0") || code.equals("00")) {
            return false;
        }
        if (code.equals("2")) {
            return true;
        }
        String message = answer.path("message").asString("").toLowerCase(Locale.ROOT);
        return message.contains("session") || message.contains("phiên");
    }

    private static String errorCode(JsonNode answer) {
        JsonNode code = answer.get("error_code");
        return code == null || code.isNull() ? "" : code.asString("").strip();
    }

    private static String stripSlash(String url) {
        String base = Objects.requireNonNull(url).strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
