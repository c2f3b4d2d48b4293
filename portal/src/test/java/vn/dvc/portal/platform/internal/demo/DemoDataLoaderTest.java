package vn.dvc.portal.platform.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.portal.platform.DemoData;

/**
 * Module test: with demo data on, every contributor runs at start-up in order, and running the loader again
 * changes nothing.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "dvc.demo-data=true")
@Import(DemoDataLoaderTest.Contributors.class)
class DemoDataLoaderTest {

    static final List<String> RUNS = new ArrayList<>();

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsAtStartUpInOrderAndAgainWithoutChange() {
        assertThat(RUNS).containsExactly("agencies", "procedures");
        int before = count();

        loader.loadAll();

        assertThat(count()).isEqualTo(before).isEqualTo(3);
        assertThat(RUNS).containsExactly("agencies", "procedures", "agencies", "procedures");
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM demo_probe").query(Integer.class).single();
    }

    @TestConfiguration
    static class Contributors {

        @Bean
        DemoData procedures(JdbcClient jdbc) {
            return contributor("procedures", 20, jdbc, "1.001612", "2.000815");
        }

        @Bean
        DemoData agencies(JdbcClient jdbc) {
            return contributor("agencies", 10, jdbc, "000.00.00.H63");
        }

        private static DemoData contributor(String name, int order, JdbcClient jdbc, String... keys) {
            return new DemoData() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public int order() {
                    return order;
                }

                @Override
                public void load() {
                    RUNS.add(name);
                    jdbc.sql("CREATE TABLE IF NOT EXISTS demo_probe (natural_key TEXT PRIMARY KEY)").update();
                    for (String key : keys) {
                        jdbc.sql("INSERT INTO demo_probe VALUES (:key) ON CONFLICT DO NOTHING")
                                .param("key", key).update();
                    }
                }
            };
        }
    }
}
