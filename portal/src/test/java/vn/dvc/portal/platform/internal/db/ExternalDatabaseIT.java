package vn.dvc.portal.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dvc.portal.PortalApplication;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.SystemTest;

/**
 * With {@code DVC_DB_URL} set, the portal migrates and uses that PostgreSQL, starts nothing embedded and
 * loads no demo data by default.
 */
@SystemTest
class ExternalDatabaseIT {

    @Test
    void usesTheGivenDatabaseAndStartsNoEmbeddedOne(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                    .run("--server.port=0", "--dvc.db.url=" + url, "--dvc.db.user=postgres",
                            "--dvc.db.password=", "--dvc.data-dir=" + dataDir, "--dvc.demo-data=")) {

                assertThat(context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
                assertThat(dataDir.resolve("postgres")).doesNotExist();
                assertThat(context.getBean(PortalProperties.class).demoDataEnabled()).isFalse();
                try (Connection connection = external.getPostgresDatabase().getConnection();
                        ResultSet migrations = connection.createStatement().executeQuery(
                                "SELECT count(*) FROM flyway_schema_history WHERE success")) {
                    migrations.next();
                    assertThat(migrations.getInt(1)).isGreaterThanOrEqualTo(3);
                }
            }
        }
    }
}
