package vn.dvc.portal.integration.internal.outbound;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sync's settings ({@link SyncProperties}) and its scheduled poll. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
@EnableScheduling
class OutboundConfiguration {
}
