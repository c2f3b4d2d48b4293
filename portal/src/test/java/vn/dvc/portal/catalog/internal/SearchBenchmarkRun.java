package vn.dvc.portal.catalog.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.calendar.Allowance;
import vn.dvc.portal.catalog.OnlineLevel;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.VietnameseText;

/**
 * The search benchmark's work (run by {@code vn.dvc.portal.catalog.bench.CatalogSearchBenchmark}): an embedded
 * PostgreSQL migrated like production, {@value #PROCEDURES} generated published procedures stored through
 * {@link ProcedureStore}, then {@link ProcedureSearch#search} timed against a bare SQL query of the same kind
 * (a LIKE on the folded name, ordered, limited) over the same queries.
 */
public final class SearchBenchmarkRun {

    static final int PROCEDURES = 10_000;
    private static final String[] VERBS = {"Đăng ký", "Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh",
            "Thu hồi", "Xác nhận", "Chứng thực", "Thẩm định", "Phê duyệt", "Thông báo"};
    private static final String[] OBJECTS = {"khai sinh", "kết hôn", "khai tử", "giấy phép kinh doanh",
            "giấy chứng nhận quyền sử dụng đất", "giấy phép xây dựng", "hộ kinh doanh", "thường trú", "tạm trú",
            "giấy phép lái xe", "chứng chỉ hành nghề", "giấy phép lao động", "trợ cấp xã hội", "lễ hội",
            "giấy chứng nhận đủ điều kiện an toàn thực phẩm", "bản sao từ sổ gốc", "hợp đồng giao dịch",
            "giấy phép khai thác nước mặt", "dự án đầu tư", "giấy phép môi trường"};
    private static final String[] QUALIFIERS = {"", " cho cá nhân", " cho tổ chức", " có yếu tố nước ngoài",
            " tại cấp xã", " tại cấp tỉnh", " trong trường hợp bị mất", " do hết hạn", " lưu động",
            " theo hình thức trực tuyến"};
    private static final String[] QUERIES = {"dang ky khai sinh", "Đăng ký kết hôn", "giay phep xay dung",
            "cap lai giay phep lai xe", "thuong tru", "chung thuc ban sao", "giay chung nhan quyen su dung dat",
            "gia han giay phep lao dong", "dang ky khia sinh", "giay phep kinh doan", "ho kinh doanh",
            "tro cap xa hoi", "1.004567", "an toan thuc pham", "le hoi", "du an dau tu", "moi truong",
            "xac nhan tam tru", "dieu chinh hop dong", "nuoc mat"};

    private SearchBenchmarkRun() {
    }

    public static void run(int iterations) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                    .migrate();
            // one connection held open, as a pool would: the measurement is the query, not the connect
            DataSource dataSource = new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            ProcedureStore store = new ProcedureStore(jdbc, new ProcedureJson(JsonMapper.builder().build()));
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            long loadStart = System.nanoTime();
            transactions.executeWithoutResult(status -> generate(jdbc, store));
            jdbc.sql("ANALYZE catalog_procedure").update();
            System.out.printf("Generated %,d procedures in %.1f s%n", PROCEDURES, (System.nanoTime() - loadStart) / 1e9);

            ProcedureSearch search = new ProcedureSearch(jdbc, new AgencyStore(jdbc));
            long[] searchTimes = time(iterations, q -> transactions.execute(status ->
                    search.search(new ProcedureQuery(q, null, null, null, null, null, 1, 20))));
            long[] bareTimes = time(iterations, q -> jdbc.sql("""
                            SELECT code, name FROM catalog_procedure WHERE status = 'PUBLISHED' AND name_folded LIKE :like
                            ORDER BY name LIMIT 20""").param("like", "%" + VietnameseText.fold(q) + "%")
                    .query((rs, n) -> rs.getString(1)).list());
            report("portal search (ProcedureSearch)", searchTimes);
            report("bare SQL (LIKE on folded name)", bareTimes);
            System.out.printf("p95 ratio search / bare: %.1f%n", percentile(searchTimes, 95) / percentile(bareTimes, 95));
            List<String> sample = transactions.execute(status -> search.search(new ProcedureQuery("dang ky khia sinh",
                    null, null, null, null, null, 1, 3)).items().stream().map(ProcedureSearch.Summary::name).toList());
            System.out.println("Typo 'dang ky khia sinh' → " + sample);
        }
    }

    private static void generate(JdbcClient jdbc, ProcedureStore store) {
        jdbc.sql("INSERT INTO catalog_sector (code, name) VALUES ('TP', 'Tư pháp'), ('XD', 'Xây dựng')").update();
        jdbc.sql("INSERT INTO catalog_field (code, name, sector_code) VALUES ('G13-TP06', 'Hộ tịch', 'TP'),"
                + " ('G12-XD01', 'Hoạt động xây dựng', 'XD')").update();
        SplittableRandom random = new SplittableRandom(20_261_201L);
        Instant now = Instant.parse("2026-12-01T01:00:00Z");
        for (int i = 0; i < PROCEDURES; i++) {
            String name = "Thủ tục " + pick(random, VERBS).toLowerCase(java.util.Locale.ROOT) + " "
                    + pick(random, OBJECTS) + pick(random, QUALIFIERS);
            boolean justice = random.nextBoolean();
            Procedure.Component component = new Procedure.Component("TP1", "Tờ khai theo mẫu", 1, 0, true, null,
                    NationalRecordMapper.DEFAULT_MAX_BYTES, NationalRecordMapper.DEFAULT_MEDIA_TYPES);
            Procedure.SubmissionWay way = new Procedure.SubmissionWay(Procedure.Channel.IN_PERSON,
                    Allowance.workingDays(random.nextInt(1, 30)), "", List.of());
            Procedure p = new Procedure(String.format("%d.%06d", 1 + i % 3, 100_000 + i), 1, name,
                    justice ? new Procedure.Sector("TP", "Tư pháp") : new Procedure.Sector("XD", "Xây dựng"),
                    justice ? new Procedure.Field("G13-TP06", "Hộ tịch") : new Procedure.Field("G12-XD01", "Hoạt động xây dựng"),
                    List.of(random.nextBoolean() ? "Cấp xã" : "Cấp tỉnh"),
                    List.of(new Procedure.AgencyRole(Procedure.AgencyRole.Kind.IMPLEMENTING, null, "Ủy ban nhân dân cấp xã")),
                    OnlineLevel.values()[random.nextInt(3)], List.of(new Procedure.ProcedureCase("TH1", name,
                    List.of("Bước 1: Nộp hồ sơ"), List.of(way), List.of(component))), List.of("Công dân Việt Nam"),
                    List.of("Giấy chứng nhận"), "", List.of(), null, "Bộ phận Một cửa", null,
                    AssuranceLevel.SELF_DECLARED, List.of(), Procedure.Status.PUBLISHED);
            store.insert(p, "%064x".formatted(i), "", now, "bench");
        }
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long[] time(int iterations, java.util.function.Consumer<String> query) {
        for (int i = 0; i < 200; i++) {
            query.accept(QUERIES[i % QUERIES.length]);
        }
        long[] times = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            query.accept(QUERIES[i % QUERIES.length]);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("%-34s n=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    /** Unused list kept small: the query texts, for the report. */
    static List<String> queries() {
        return new ArrayList<>(List.of(QUERIES));
    }
}
