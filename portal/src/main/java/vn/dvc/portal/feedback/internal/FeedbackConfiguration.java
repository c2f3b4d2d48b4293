package vn.dvc.portal.feedback.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The module's settings and its scheduled deadline job. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(FeedbackProperties.class)
class FeedbackConfiguration {
}
