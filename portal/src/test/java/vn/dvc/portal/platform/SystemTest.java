package vn.dvc.portal.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A slow system test: it starts processes of its own (the packaged jar, the development identity provider, another
 * PostgreSQL) or plays the whole demo. {@code tools/test} runs these (JUnit tag {@value #TAG}) in its
 * {@code unit-system} stage, beside the other full-application and browser tests; {@code ./mvnw verify} runs them
 * with everything else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(SystemTest.TAG)
public @interface SystemTest {

    String TAG = "system";
}
