package vn.dvc.sim;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The simulator's settings (application.properties; SIM_* environment variables). */
@ConfigurationProperties("sim")
public record SimProperties(String user, String password, Duration sessionTtl, String portalUrl, String portalApiKey) {
}
