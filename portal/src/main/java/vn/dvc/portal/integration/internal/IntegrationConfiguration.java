package vn.dvc.portal.integration.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalProperties;

/** The National Portal's client exists only when {@code DVC_NATIONAL_PORTAL_URL} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalPortalProperties.class)
class IntegrationConfiguration {

    @Bean
    @ConditionalOnExpression("'${dvc.national-portal.url:}'.trim() != ''")
    NationalPortalClient nationalPortalClient(NationalPortalProperties properties, JsonMapper json,
                                              MeterRegistry meters) {
        return new NationalPortalClient(properties, json, meters);
    }
}
