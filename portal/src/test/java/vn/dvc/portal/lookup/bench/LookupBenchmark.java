package vn.dvc.portal.lookup.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import vn.dvc.portal.PortalApplication;

/**
 * Benchmark harness (not a test; {@code bench/lookup.sh}): the whole application on its embedded PostgreSQL with
 * the demo catalogue and the rate limit off ({@code dvc.lookup.rate-limit=0}); {@code N} dossiers are received
 * through the National Portal channel, then over HTTP on one machine (client and server share the cores):
 * <ol>
 *   <li>closed loop, {@code threads} clients as fast as they can for {@code seconds}: the public status of a
 *       random known code, against {@link ConstantEndpoint} (a constant behind the same filters) — goal: look-ups
 *       ≥ 0.5 × the constant's rate;</li>
 *   <li>open loop at a fixed 300 requests/s for {@code seconds} (latency measured from each request's scheduled
 *       start, so a stall counts fully): p50/p95/p99 of look-ups — goal p99 ≤ 50 ms;</li>
 *   <li>the same for unknown and for malformed codes, to compare their timing.</li>
 * </ol>
 * Arguments: {@code [threads=8] [seconds=15] [dossiers=200] [off|counted]} ({@code counted}: the rate limit
 * counts every request but is never reached, to show what the counting costs).
 */
public final class LookupBenchmark {

    private static final String KEY = "bench-national-portal-key";

    private LookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int dossiers = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        // "counted": the rate limit on but never reached, to see what counting costs (one client: one hot row)
        boolean counted = args.length > 3 && args[3].equals("counted");
        // system properties: they win over application.yml (builder properties would be mere defaults)
        System.setProperty("server.port", "0");
        System.setProperty("dvc.demo-data", "true");
        System.setProperty("dvc.lookup.rate-limit", counted ? "1000000000" : "0");
        System.setProperty("dvc.dossier.national-portal-api-key", KEY);
        System.setProperty("logging.level.root", "WARN");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .initializers(c -> ((GenericApplicationContext) c).registerBean("benchConstantEndpoint",
                        ConstantEndpoint.class))
                .properties("spring.main.banner-mode=off")
                .run()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            List<String> codes = receive(http, base, dossiers);
            System.out.printf("%d dossiers received; %d client threads, %d s per run; rate limit %s%n", codes.size(),
                    threads, seconds, counted ? "counting (never reached)" : "off");

            IntFunction<String> lookUp = i -> "/api/v1/dossiers/" + codes.get(i % codes.size()) + "/status";
            IntFunction<String> constant = i -> "/api/v1/bench/constant";
            IntFunction<String> unknown = i -> "/api/v1/dossiers/000.00.15.H63-261201-9%03d/status".formatted(i % 1000);
            IntFunction<String> malformed = i -> "/api/v1/dossiers/000.00.15.H63-2612-" + (i % 1000) + "/status";

            closed(http, base, "warm-up (look-ups)", lookUp, threads, 5, 200);
            closed(http, base, "warm-up (constant)", constant, threads, 5, 200);
            double bare = closed(http, base, "constant endpoint", constant, threads, seconds, 200);
            double lookups = closed(http, base, "public status look-up", lookUp, threads, seconds, 200);
            System.out.printf("RESULT closed loop: look-ups/s=%.0f constant/s=%.0f ratio=%.2f (goal >= 0.5)%n",
                    lookups, bare, lookups / bare);

            double[] p = open(http, base, lookUp, 300, seconds, 200);
            System.out.printf("RESULT open loop 300/s look-ups: p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms (goal p99 <= 50)%n",
                    p[0], p[1], p[2], p[3]);
            double[] c = open(http, base, constant, 300, seconds, 200);
            System.out.printf("RESULT open loop 300/s constant: p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                    c[0], c[1], c[2], c[3]);
            double[] u = open(http, base, unknown, 300, Math.max(5, seconds / 2), 404);
            double[] m = open(http, base, malformed, 300, Math.max(5, seconds / 2), 400);
            System.out.printf("RESULT open loop 300/s unknown (404): p50=%.1f p95=%.1f p99=%.1f ms; "
                    + "malformed (400): p50=%.1f p95=%.1f p99=%.1f ms%n", u[0], u[1], u[2], m[0], m[1], m[2]);
        }
        System.exit(0);
    }

    private static List<String> receive(HttpClient http, String base, int count) throws Exception {
        byte[] content = new byte[4_000];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, content, 0, 9);
        String pdf = Base64.getEncoder().encodeToString(content);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = """
                    {"MaHoSo":"BENCH-%s","MaTTHC":"1.001193","ChuHoSo":"Nguyễn Văn An","SoGiayToChuHoSo":"015090001234",
                     "LoaiDoiTuong":1,"DiaChi":"Tổ 1, phường Yên Ninh, thành phố Yên Bái","KenhThucHien":2,
                     "TaiLieuNop":[{"TepDinhKemId":"1","TenTepDinhKem":"a.pdf","MaThanhPhanHoSo":"TP1","NoiDungTep":"%s"},
                      {"TepDinhKemId":"2","TenTepDinhKem":"b.pdf","MaThanhPhanHoSo":"TP2","NoiDungTep":"%s"},
                      {"TepDinhKemId":"3","TenTepDinhKem":"c.pdf","MaThanhPhanHoSo":"TP6","NoiDungTep":"%s"}]}
                    """.formatted(UUID.randomUUID(), pdf, pdf, pdf);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/national-portal/dossiers")).header("Content-Type", "application/json")
                    .header("X-Api-Key", KEY).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("reception failed: " + response.statusCode() + " " + response.body());
            }
            String json = response.body();
            int at = json.indexOf("\"dossierCode\":\"") + 15;
            codes.add(json.substring(at, json.indexOf('"', at)));
        }
        return codes;
    }

    /** Closed loop: requests per second. */
    private static double closed(HttpClient http, String base, String name, IntFunction<String> path, int threads,
            int seconds, int expected) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    while (System.nanoTime() < end) {
                        int i = ThreadLocalRandom.current().nextInt(1_000_000);
                        try {
                            int status = http.send(request(base, path.apply(i)), HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                            (status == expected ? done : wrong).incrementAndGet();
                        } catch (Exception e) {
                            wrong.incrementAndGet();
                        }
                    }
                });
            }
        }
        double perSecond = done.get() / (double) seconds;
        System.out.printf("%-28s %8d in %2ds = %8.1f/s (unexpected: %d)%n", name, done.get(), seconds, perSecond,
                wrong.get());
        return perSecond;
    }

    /** Open loop at a fixed rate: p50, p95, p99, max in ms, from each request's scheduled start. */
    private static double[] open(HttpClient http, String base, IntFunction<String> path, int rate, int seconds,
            int expected) throws Exception {
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong wrong = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long scheduled = start + i * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int n = i;
                requests.execute(() -> {
                    try {
                        int status = http.send(request(base, path.apply(n)), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status != expected) {
                            wrong.incrementAndGet();
                        }
                    } catch (Exception e) {
                        wrong.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - scheduled) / 1e6);
                });
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (wrong.get() > 0) {
            System.out.printf("  (%d unexpected answers)%n", wrong.get());
        }
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1]};
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static HttpRequest request(String base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build();
    }

}
