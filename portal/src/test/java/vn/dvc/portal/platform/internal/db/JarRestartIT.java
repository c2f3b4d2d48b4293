package vn.dvc.portal.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.SystemTest;

/**
 * The packaged jar as an operator runs it: starts with no configuration but a data directory and a port,
 * keeps its data across a restart without duplicating seed data, shuts down on SIGTERM within 5 seconds,
 * and leaves no PostgreSQL process behind; its embedded PostgreSQL runs with durability on (fsync, synchronous
 * commit, full-page writes). The second start also switches the logs to JSON.
 */
@SystemTest
class JarRestartIT {

    static final Path JAR = Path.of("target", "portal.jar");
    static final Pattern STARTED = Pattern.compile("Started PortalApplication in ([0-9.]+) seconds");
    static final Duration READY_WITHIN = Duration.ofSeconds(300);

    final HttpClient http = HttpClient.newHttpClient();
    final List<Process> started = new ArrayList<>();

    /** A failed assertion leaves a jar running: stop it (and its PostgreSQL), so it takes no CPU from others. */
    @AfterEach
    void stopWhatIsStillRunning() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    @Test
    // two starts of up to READY_WITHIN each (the default limit of a test method is 3 minutes)
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void keepsDataAcrossRestartsAndStopsCleanly(@TempDir Path dataDir) throws Exception {
        assertThat(JAR).as("run the package phase first").exists();

        Running first = start(dataDir, Map.of());
        assertThat(get(first.port, "/").body()).contains("Cổng Dịch vụ công");
        Map<String, Integer> rowsAfterFirstStart;
        try (Connection db = connect(dataDir)) {
            // production's embedded PostgreSQL keeps its data safe across a crash (the tests' own turns this off)
            for (String durable : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertThat(setting(db, durable)).as(durable).isEqualTo("on");
            }
            // and hashes passwords with production's 600,000 PBKDF2 iterations (the tests' lower count is in the id)
            try (ResultSet hash = db.createStatement().executeQuery(
                    "SELECT password_hash FROM identity_account WHERE username = 'demo.citizen'")) {
                assertThat(hash.next()).isTrue();
                assertThat(hash.getString(1)).startsWith("{pbkdf2-sha256}");
            }
            db.createStatement().execute("""
                    INSERT INTO audit_event (id, occurred_at, actor, action, object_type, object_id)
                    VALUES (gen_random_uuid(), now(), 'it', 'restart.marker', 'test', 'marker-1')""");
            rowsAfterFirstStart = rowCounts(db);
        }
        stop(first, dataDir);

        Running second = start(dataDir, Map.of("DVC_LOG_FORMAT", "ecs"));
        try (Connection db = connect(dataDir)) {
            assertThat(rowCounts(db)).as("a restart adds or removes no rows (seed and demo data are idempotent)")
                    .isEqualTo(rowsAfterFirstStart);
            assertThat(rowsAfterFirstStart).containsEntry("ref_national_dossier_status", 10);
        }
        JsonNode started = jsonLines(second.log).stream()
                .filter(line -> line.path("message").asString("").contains("Started PortalApplication"))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON log line for the start"));
        assertThat(started.has("@timestamp")).isTrue();
        stop(second, dataDir);
    }

    record Running(Process process, int port, Path log) {
    }

    private Running start(Path dataDir, Map<String, String> extraEnv) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(dataDir, "portal-", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DVC_") || name.equals("SERVER_PORT"));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("DVC_DATA_DIR", dataDir.toString());
        builder.environment().putAll(extraEnv);
        Process process = builder.start();
        started.add(process);
        // a guard against a hang, not a start-up requirement: the first start plays 320 demo dossiers with
        // durability on, and in CI it shares two cores with the other test stage
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the portal exited during start-up: %s", tail(log)).isTrue();
            try {
                if (get(port, "/actuator/health/readiness").statusCode() == 200) {
                    Matcher matcher = STARTED.matcher(Files.readString(log));
                    System.out.println("JarRestartIT: application ready, started in "
                            + (matcher.find() ? matcher.group(1) + " s" : "?"));
                    return new Running(process, port, log);
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("not ready within " + READY_WITHIN.toSeconds() + " s: " + tail(log));
    }

    private static void stop(Running running, Path dataDir) throws Exception {
        long before = System.nanoTime();
        running.process.destroy(); // SIGTERM
        assertThat(running.process.waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s after SIGTERM").isTrue();
        System.out.printf("JarRestartIT: stopped %d ms after SIGTERM%n", (System.nanoTime() - before) / 1_000_000);
        Thread.sleep(300);
        List<String> left = ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(command -> command.contains(dataDir.toString()))
                .toList();
        assertThat(left).as("no process (postgres) left using the data directory").isEmpty();
    }

    private static Connection connect(Path dataDir) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres",
                "postgres", "");
    }

    private static String setting(Connection db, String name) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Map<String, Integer> rowCounts(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : tables) {
            try (ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                rs.next();
                counts.put(table, rs.getInt(1));
            }
        }
        return counts;
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> jsonLines(Path log) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(log).stream()
                .filter(line -> line.startsWith("{"))
                .map(json::readTree)
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
