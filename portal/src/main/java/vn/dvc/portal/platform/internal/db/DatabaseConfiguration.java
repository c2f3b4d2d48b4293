package vn.dvc.portal.platform.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTime;

/**
 * The one DataSource of the portal: the external PostgreSQL named by {@code DVC_DB_URL}, or, when that is
 * blank, a real PostgreSQL started from the embedded binaries with its data under {@code DVC_DATA_DIR}.
 * Boot's own DataSource auto-configuration backs off because this bean exists.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /**
     * Started only without an external URL. Spring closes it after the pool (the pool depends on it), and
     * zonky's own shutdown hook is off, so a SIGTERM stops PostgreSQL exactly once and in order.
     */
    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgres embeddedPostgres(PortalProperties properties) throws IOException {
        Path dir = Path.of(properties.dataDir(), "postgres").toAbsolutePath().normalize();
        Files.createDirectories(dir);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(30))
                // zonky starts PostgreSQL tuned for throw-away test databases (-F, no synchronous commit);
                // the portal's data must survive a crash, so durability is switched back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("timezone", PortalTime.ZONE.getId())
                .setServerConfig("max_connections", "50")
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                postgres.getPort(), dir, (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(PortalProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dvc");
        config.setMaximumPoolSize(20);
        config.setConnectionTimeout(10_000);
        PortalProperties.Database db = properties.db();
        if (db.isExternal()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
            log.info("Using the external PostgreSQL given by DVC_DB_URL");
        } else {
            EmbeddedPostgres postgres = embedded.getObject();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        }
        config.addDataSourceProperty("ApplicationName", "dvc-portal");
        return new HikariDataSource(config);
    }
}
