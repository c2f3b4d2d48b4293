package vn.dvc.portal.platform.internal.ops;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.portal.platform.DemoTime;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTime;

/** The clock every module takes "now" from, and the OpenAPI document's description. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {


    /** The system clock, which {@link vn.dvc.portal.platform.DemoTime} may move for a demo generator's thread only. */
    @Bean
    Clock clock() {
        return DemoTime.over(Clock.system(PortalTime.ZONE));
    }

    @Bean
    OpenAPI portalOpenApi(PortalProperties properties) {
        return new OpenAPI().info(new Info()
                .title("Cổng Dịch vụ công — API")
                .version("v1")
                .description("Public API of the " + properties.provinceName() + " Public Service Portal. "
                        + "JSON, camelCase fields; errors are RFC 9457 problem details with a stable `code`; "
                        + "every response carries an `X-Request-Id` header.")
                .contact(new Contact().name(properties.centre().name()).email(properties.centre().email())));
    }
}
