package vn.dvc.portal.lookup.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LookupProperties.class)
class LookupConfiguration {
}
