package vn.dvc.portal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The National Portal simulator ({@code national-sim/target/national-sim.jar}, built before the portal by the root
 * build) as a process of its own for tests: one per test JVM ({@link #shared()}), started at first use and stopped
 * when the JVM ends; tests {@link #reset()} it. Its output goes to {@code target/national-sim-<port>.log}.
 * Its adapter account is the simulator's default ({@link #USER}, {@link #PASSWORD}); {@link #portalProperties}
 * gives a portal context the settings that point at it.
 */
public final class NationalSim implements AutoCloseable {

    /** The simulator's default adapter account (national-sim/README.md). */
    public static final String USER = "dvc-tinh";
    public static final String PASSWORD = "dvcqg-sim-2026";
    /** The secret the simulator sends in X-Api-Key when it pushes dossiers (its default). */
    public static final String API_KEY = "dvcqg-sim-key";

    private static @Nullable NationalSim shared;

    private final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private NationalSim(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** The one simulator of this JVM, started at the first call. */
    public static synchronized NationalSim shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
            NationalSim started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return shared;
    }

    /** Starts a simulator of its own (a test that stops and restarts it must not use the shared one). */
    public static NationalSim start() {
        Path jar = Path.of("..", "national-sim", "target", "national-sim.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build national-sim first (./mvnw -pl portal -am …): " + jar + " is missing");
        }
        int port = freePort();
        try {
            Path log = Path.of("target", "national-sim-" + port + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m",
                    "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            NationalSim sim = new NationalSim(port, process);
            sim.awaitReady();
            return sim;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Settings that point a portal context at this simulator (sync on). */
    public void portalProperties(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("dvc.national-portal.url", this::url);
        registry.add("dvc.national-portal.user", () -> USER);
        registry.add("dvc.national-portal.password", () -> PASSWORD);
        registry.add("dvc.dossier.national-portal-api-key", () -> API_KEY);
    }

    /** {@code GET /sim/received?mahoso=}: every message accepted for that dossier, in arrival order. */
    public JsonNode received(String mahoso) {
        return get("/sim/received?mahoso=" + URLEncoder.encode(mahoso, StandardCharsets.UTF_8));
    }

    /** {@code GET /sim/dossiers}: what the national side knows of each dossier. */
    public JsonNode dossiers() {
        return get("/sim/dossiers");
    }

    /** {@code POST /sim/faults} with that JSON body. */
    public void faults(String body) {
        send("POST", "/sim/faults", body);
    }

    /** {@code DELETE /sim/faults}. */
    public void clearFaults() {
        send("DELETE", "/sim/faults", null);
    }

    /** Forgets everything received and clears the faults. */
    public void reset() {
        send("POST", "/sim/reset", null);
    }

    public JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("national-sim answered " + response.statusCode() + " to " + path);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(String method, String path, @Nullable String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + path))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("national-sim answered " + response.statusCode() + " to " + method + " "
                        + path + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("national-sim stopped: exit " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/sim/faults")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("national-sim did not start within 60 s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
