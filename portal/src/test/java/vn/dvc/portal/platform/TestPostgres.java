package vn.dvc.portal.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.Environment;

/**
 * The tests' one PostgreSQL per test JVM. It starts when the first application context asks for a database;
 * the migrations run once, into a template database; every application context then gets a database of its own,
 * copied from that template ({@code CREATE DATABASE … TEMPLATE …}), so a context neither starts a PostgreSQL
 * nor migrates. It stops when the JVM ends, after the application contexts have closed.
 *
 * <p>Durability is off here, for tests only (a crash loses nothing a test needs): {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes}. The portal's own embedded PostgreSQL
 * ({@code platform.internal.db.DatabaseConfiguration}) keeps all three on; {@code JarRestartIT} checks that
 * on the packaged jar.
 */
public final class TestPostgres {

    static final String TEMPLATE = "dvc_template";
    static final String USER = "postgres";

    private static @Nullable EmbeddedPostgres postgres;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {
    }

    /**
     * A new, migrated database for one application context; its JDBC URL. {@code environment} gives the Flyway
     * locations the first time (the template is migrated as the portal would migrate it).
     */
    public static synchronized String newDatabase(Environment environment) {
        EmbeddedPostgres server = server(environment);
        String name = "dvc_" + DATABASES.incrementAndGet();
        execute(server, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return server.getJdbcUrl(USER, name);
    }

    private static EmbeddedPostgres server(Environment environment) {
        if (postgres == null) {
            long started = System.nanoTime();
            try {
                postgres = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofSeconds(60))
                        // stopped after the application contexts, which still use it while they close
                        .setRegisterShutdownHook(false)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                        .setServerConfig("max_connections", "400")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the tests' PostgreSQL", e);
            }
            SpringApplication.getShutdownHandlers().add(TestPostgres::stop);
            execute(postgres, "CREATE DATABASE " + TEMPLATE);
            Flyway.configure()
                    .dataSource(postgres.getJdbcUrl(USER, TEMPLATE), USER, "")
                    .locations(environment.getProperty("spring.flyway.locations", String[].class,
                            new String[] {"classpath:db/migration"}))
                    .load()
                    .migrate();
            System.out.printf("Tests' PostgreSQL on port %d, template migrated (%d ms)%n", postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return postgres;
    }

    private static synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    private static void execute(EmbeddedPostgres server, String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
