package vn.dvc.portal.platform;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a database of its own on the tests' one PostgreSQL ({@link TestPostgres}),
 * by setting {@code dvc.db.url} as an operator would ({@code DVC_DB_URL}): the portal then starts no embedded
 * PostgreSQL of its own. Registered in {@code META-INF/spring.factories}; the customizer is the same for every
 * test class, so it never splits Spring's context cache. A database URL given from outside ({@code DVC_DB_URL})
 * is kept.
 */
public final class TestDatabasePerContext implements ContextCustomizerFactory {

    private static final ContextCustomizer FRESH_DATABASE = new FreshDatabase();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return FRESH_DATABASE;
    }

    private static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ConfigurableEnvironment environment = context.getEnvironment();
            String given = environment.getProperty("dvc.db.url");
            if (given != null && !given.isBlank()) {
                return;
            }
            environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                    "dvc.db.url", TestPostgres.newDatabase(environment),
                    "dvc.db.user", TestPostgres.USER,
                    "dvc.db.password", "")));
        }
    }
}
