package vn.dvc.portal.integration.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dvc.portal.PortalApplication;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.HistoryDetail;
import vn.dvc.portal.dossier.internal.TestIntake;

/**
 * Benchmark harness (not a test; {@code bench/national-sync.sh}) of the National Portal sync (#15 item 2): the whole
 * application on its embedded PostgreSQL with the demo catalogue, pointed at {@code national-sim} started as a process
 * on loopback (client, portal, PostgreSQL and simulator share the machine's cores).
 * <ol>
 *   <li>{@code dossiers} walk-ins are received at the desk (procedure 1.004884) and their messages delivered;</li>
 *   <li><b>throughput</b>: with the simulator down, {@code backlog} dossier events are recorded (each a history
 *       entry of a random dossier, hence a DongBoHoSoMC and a CapNhatTienDoHoSoMC message); the simulator comes back
 *       and the backlog drains: messages delivered per second, from the first delivery to the last;</li>
 *   <li><b>lag</b>: an open loop of {@code rate} dossier events per second for {@code seconds}, each at its scheduled
 *       instant on a random dossier: the lag from the event (its history entry's instant) to the acknowledgement of
 *       its last message — p50/p95/p99/max.</li>
 * </ol>
 * The events are recorded through {@code Dossiers.record} (a comment answered: a history entry like any other, so the
 * ledger, the listener and the worker do the same work as for a processing step, without the step's own cost).
 * Arguments: {@code [dossiers=300] [backlog=5000] [rate=300] [seconds=30] [concurrency=16]}.
 */
public final class OutboundSyncBenchmark {

    static final String PROCEDURE = "1.004884";

    private OutboundSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int dossierCount = arg(args, 0, 300);
        int backlog = arg(args, 1, 5000);
        int rate = arg(args, 2, 300);
        int seconds = arg(args, 3, 30);
        int concurrency = arg(args, 4, 16);
        Process sim = startSimulator();
        try {
            String simUrl = "http://127.0.0.1:" + simPort;
            System.setProperty("server.port", "0");
            System.setProperty("dvc.demo-data", "true");
            System.setProperty("dvc.processing.demo-dossiers", "0");
            System.setProperty("dvc.national-portal.url", simUrl);
            System.setProperty("dvc.national-portal.user", "dvc-tinh");
            System.setProperty("dvc.national-portal.password", "dvcqg-sim-2026");
            System.setProperty("dvc.national-portal.sync.interval", "1s");
            System.setProperty("dvc.national-portal.sync.backoff", "200ms");
            System.setProperty("dvc.national-portal.sync.backoff-max", "1s");
            System.setProperty("dvc.national-portal.sync.concurrency", Integer.toString(concurrency));
            System.setProperty("logging.level.root", "WARN");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                    .properties("spring.main.banner-mode=off").run()) {
                run(context, simUrl, dossierCount, backlog, rate, seconds, concurrency);
            }
        } finally {
            sim.destroy();
            sim.waitFor(10, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, String simUrl, int dossierCount, int backlog,
            int rate, int seconds, int concurrency) throws Exception {
        Dossiers dossiers = context.getBean(Dossiers.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        System.out.printf("%d cores; sync concurrency %d; simulator at %s%n", Runtime.getRuntime().availableProcessors(),
                concurrency, simUrl);

        // 1. dossiers received at the desk, their first messages delivered
        long t0 = System.nanoTime();
        List<UUID> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<UUID>> futures = new ArrayList<>();
            for (int i = 0; i < dossierCount; i++) {
                int n = i;
                futures.add(pool.submit(() -> TestIntake.receiveWalkIn(context, PROCEDURE, "Người nộp " + n)));
            }
            for (var future : futures) {
                ids.add(future.get());
            }
        }
        drained(jdbc, Duration.ofMinutes(5));
        // the processes start after the receipt commits: wait until every dossier is in processing
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (jdbc.sql("SELECT count(*) FROM dossier WHERE status = 'RECEIVED'").query(Long.class).single() > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        drained(jdbc, Duration.ofMinutes(5));
        System.out.printf("setup: %d dossiers received and synchronised in %.1f s (%d messages)%n", ids.size(),
                (System.nanoTime() - t0) / 1e9, count(jdbc, "SELECT count(*) FROM integration_outbound_message"));

        // 2. throughput: a backlog built while the simulator is down, then drained
        fault(simUrl, "{\"down\": true}");
        long first = maxId(jdbc);
        long t1 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < backlog; i = next.getAndIncrement()) {
                        dossiers.record(ids.get(ThreadLocalRandom.current().nextInt(ids.size())), "COMMENT",
                                HistoryDetail.note("Trả lời ý kiến " + i));
                    }
                });
            }
        }
        System.out.printf("backlog: %d events recorded in %.1f s while the simulator was down%n", backlog,
                (System.nanoTime() - t1) / 1e9);
        Cpu cpu = Cpu.now();
        fault(simUrl, "{\"down\": false}");
        long t2 = System.nanoTime();
        drained(jdbc, Duration.ofMinutes(30));
        double wall = (System.nanoTime() - t2) / 1e9;
        System.out.println("  CPU while draining: " + Cpu.now().minus(cpu).describe(wall));
        var drain = jdbc.sql("""
                        SELECT count(*) AS n, min(delivered_at) AS first, max(delivered_at) AS last,
                               sum(attempts) AS attempts
                        FROM integration_outbound_message WHERE id > :first""")
                .param("first", first).query((rs, n) -> new long[] {rs.getLong("n"),
                        rs.getTimestamp("first").toInstant().toEpochMilli(),
                        rs.getTimestamp("last").toInstant().toEpochMilli(), rs.getLong("attempts")}).single();
        double span = Math.max(1, drain[2] - drain[1]) / 1000.0;
        System.out.printf("RESULT throughput: %d messages delivered in %.1f s = %.0f messages/s "
                        + "(first to last delivery; %.1f s from the simulator's return; %d attempts in all, "
                        + "the failed ones while it was down included)%n",
                drain[0], span, drain[0] / span, wall, drain[3]);

        // 3. lag at a fixed event rate
        long before = maxId(jdbc);
        Cpu lagCpu = Cpu.now();
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        int total = rate * seconds;
        AtomicLong late = new AtomicLong();
        ConcurrentLinkedQueue<Double> eventLatency = new ConcurrentLinkedQueue<>();
        try (ExecutorService events = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long scheduled = start + i * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } else if (wait < -TimeUnit.MILLISECONDS.toNanos(100)) {
                    late.incrementAndGet();
                }
                int n = i;
                events.execute(() -> {
                    dossiers.record(ids.get(ThreadLocalRandom.current().nextInt(ids.size())), "COMMENT",
                            HistoryDetail.note("Ý kiến " + n));
                    eventLatency.add((System.nanoTime() - scheduled) / 1e6);
                });
            }
        }
        double generated = (System.nanoTime() - start) / 1e9;
        System.out.println("  CPU while the events came: " + Cpu.now().minus(lagCpu).describe(generated));
        drained(jdbc, Duration.ofMinutes(10));
        List<Double> lags = jdbc.sql("""
                        SELECT extract(epoch FROM max(delivered_at) - min(event_at)) * 1000 AS lag
                        FROM integration_outbound_message WHERE id > :before
                        GROUP BY dossier_id, history_sequence""")
                .param("before", before).query(Double.class).list();
        double[] sorted = lags.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] call = eventLatency.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("lag run: %d events in %.1f s (%.0f events/s offered, %d started > 100 ms late); "
                        + "recording an event: p50=%.1f p99=%.1f ms%n", total, generated, total / generated,
                late.get(), at(call, 0.5), at(call, 0.99));
        System.out.printf("RESULT lag at %d events/s, event to acknowledgement of its last message: p50=%.0f ms "
                        + "p95=%.0f ms p99=%.0f ms max=%.0f ms (%d events)%n", rate, at(sorted, 0.5), at(sorted, 0.95),
                at(sorted, 0.99), sorted[sorted.length - 1], sorted.length);
    }

    /** Waits until no message is pending. */
    private static void drained(JdbcClient jdbc, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (count(jdbc, "SELECT count(*) FROM integration_outbound_message WHERE state <> 'DELIVERED'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the backlog did not drain within " + limit);
            }
            Thread.sleep(20);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static long maxId(JdbcClient jdbc) {
        return count(jdbc, "SELECT coalesce(max(id), 0) FROM integration_outbound_message");
    }

    private static double at(double[] sorted, double quantile) {
        return sorted.length == 0 ? Double.NaN
                : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** CPU seconds used by the portal (this JVM), the simulator and PostgreSQL (all its processes). */
    record Cpu(double portal, double simulator, double postgres) {

        static Cpu now() {
            double sim = simProcess == null ? 0 : seconds(simProcess.toHandle());
            double pg = ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(c -> c.contains("embedded-pg") || c.endsWith("postgres"))
                            .orElse(false))
                    .mapToDouble(Cpu::seconds).sum();
            return new Cpu(seconds(ProcessHandle.current()), sim, pg);
        }

        Cpu minus(Cpu before) {
            return new Cpu(portal - before.portal, simulator - before.simulator, postgres - before.postgres);
        }

        String describe(double wallSeconds) {
            return "portal %.1f s, simulator %.1f s, PostgreSQL %.1f s of CPU in %.1f s (%d cores)".formatted(portal,
                    simulator, postgres, wallSeconds, Runtime.getRuntime().availableProcessors());
        }

        private static double seconds(ProcessHandle process) {
            return process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0);
        }
    }

    // --- the simulator as a process ---------------------------------------------------------------------

    private static int simPort;
    private static Process simProcess;

    private static Process startSimulator() throws Exception {
        Path jar = Path.of("..", "national-sim", "target", "national-sim.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build national-sim first: " + jar + " is missing");
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            simPort = socket.getLocalPort();
        }
        Path log = Path.of("target", "national-sim-bench.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--server.port=" + simPort))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        simProcess = process;
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simPort + "/sim/faults")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        process.destroy();
        throw new IllegalStateException("national-sim did not start");
    }

    private static void fault(String simUrl, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(simUrl + "/sim/faults")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("fault " + body + ": " + response.statusCode());
        }
    }
}
