package vn.dvc.portal.dossier.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.TestClock;

/**
 * The one configuration of the dossier module's tests, so that they share one application context: the module
 * with identity on a real PostgreSQL, the catalogue mocked ({@link Procedures} and {@link Agencies}: a test stubs
 * them before each test, Mockito resets them after), MockMvc, the National Portal channel's key, and a
 * {@link TestClock} (the real time until a test sets it and resets it afterwards); files by link are fetched from
 * {@code localhost} only (any port: tests serve them from a server of their own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "identity")
@AutoConfigureMockMvc
@TestPropertySource(properties = {"dvc.dossier.national-portal-api-key=" + DossierModuleTest.NATIONAL_PORTAL_API_KEY,
        "dvc.dossier.national-portal-files.hosts=localhost"})
@MockitoBean(types = {Procedures.class, Agencies.class})
@Import(TestClock.ApplicationClock.class)
@interface DossierModuleTest {

    String NATIONAL_PORTAL_API_KEY = "national-portal-test-key";
}
