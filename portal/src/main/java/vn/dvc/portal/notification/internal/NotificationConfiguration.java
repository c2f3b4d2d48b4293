package vn.dvc.portal.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The worker's poll is a scheduled task ({@code DVC_NOTIFICATION_POLL_INTERVAL}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {
}
