package vn.dvc.portal.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hourly clean-up, safe on every node at once (plain idempotent deletes): registrations never verified within a
 * day, and development-mailbox messages older than a week. (Failed sign-ins are counted by
 * {@link vn.dvc.portal.platform.RateLimiter}, which removes its own windows.)
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdentityHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(IdentityHousekeeping.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdentityHousekeeping(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "0 23 * * * *")
    @Transactional
    public void clean() {
        Instant now = clock.instant();
        int pending = jdbc.sql("""
                        DELETE FROM identity_account a WHERE a.status = 'PENDING' AND a.created_at < :before
                          AND NOT EXISTS (SELECT 1 FROM identity_one_time_code c WHERE c.account_id = a.id
                                          AND c.used_at IS NULL AND NOT c.revoked AND c.expires_at > :now)""")
                .param("before", Timestamp.from(now.minus(Duration.ofDays(1)))).param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        DELETE FROM identity_organisation o
                        WHERE NOT EXISTS (SELECT 1 FROM identity_organisation_member m WHERE m.organisation_id = o.id)""")
                .update();
        int messages = jdbc.sql("DELETE FROM identity_dev_mailbox WHERE sent_at < :before")
                .param("before", Timestamp.from(now.minus(Duration.ofDays(7)))).update();
        if (pending + messages > 0) {
            log.info("Identity housekeeping: {} unverified registrations, {} mailbox messages removed",
                    pending, messages);
        }
    }
}
