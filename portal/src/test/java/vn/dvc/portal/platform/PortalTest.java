package vn.dvc.portal.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.PublishedEventsExtension;
import vn.dvc.portal.identity.internal.StepUpProbe;

/**
 * The one test configuration of the whole portal that (nearly) every full-application test uses, so that Spring's
 * test context cache starts it once per test JVM and the tests share it: the application on a random port with
 * the demo data on (demo catalogue, accounts, processes; no demo dossiers), the National Portal channel's key, a
 * public address, the test-only pages ({@link StepUpProbe}, {@link ErrorProbes}), a {@link TestClock} as the
 * clock (the real time until a test sets it, see {@link TestClock#reset()}), and {@code PublishedEvents} as a test
 * method parameter. A test class adds nothing that changes the configuration (no {@code @MockitoBean}, no own
 * properties or beans) or it gets a context of its own; a test that needs a setting changes it through the
 * application, or uses what is here.
 *
 * <p>Tests on one context share one database: they use their own names and numbers and count relative to
 * before, and leave shared things (the demo accounts, the clock) as they found them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dvc.demo-data=true",
        "dvc.dossier.national-portal-api-key=" + PortalTest.NATIONAL_PORTAL_API_KEY,
        "dvc.public-url=" + PortalTest.PUBLIC_URL})
@Import(PortalTest.SharedBeans.class)
@ExtendWith(PublishedEventsExtension.class)
public @interface PortalTest {

    /** The key the National Portal sends in {@code X-Api-Key} ({@code DVC_NATIONAL_PORTAL_API_KEY}). */
    String NATIONAL_PORTAL_API_KEY = "test-national-portal-key";

    /** Where people reach the portal ({@code DVC_PUBLIC_URL}); its trailing slash is dropped by the portal. */
    String PUBLIC_URL = "https://dichvucong.yenbai.gov.vn/";

    /** The beans the shared configuration adds to the application. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({TestClock.ApplicationClock.class, StepUpProbe.class, ErrorProbes.Api.class, ErrorProbes.Page.class})
    class SharedBeans {
    }
}
