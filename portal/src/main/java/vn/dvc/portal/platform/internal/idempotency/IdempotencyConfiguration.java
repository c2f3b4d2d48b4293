package vn.dvc.portal.platform.internal.idempotency;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.portal.platform.IdempotencyKeys;

/** Registers the officers' API idempotency filter after Spring Security (order -100), so the caller is known. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys));
        registration.addUrlPatterns(IdempotencyFilter.PATHS.stream().map(path -> path + "*").toArray(String[]::new));
        registration.setOrder(0);
        return registration;
    }
}
