package vn.dvc.portal.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dvc.portal.notification.NotificationChannel;
import vn.dvc.portal.notification.NotificationTemplate;

/**
 * The channels an applicant chose per template ({@code notification_preference}). Without a choice, in-app
 * and e-mail are on and SMS is off.
 */
@Repository
class Preferences {

    static final Set<NotificationChannel> DEFAULT = EnumSet.of(NotificationChannel.IN_APP, NotificationChannel.EMAIL);

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chosen channels of every choosable template. */
    Map<NotificationTemplate, Set<NotificationChannel>> of(UUID accountId) {
        Map<NotificationTemplate, Set<NotificationChannel>> choice = new EnumMap<>(NotificationTemplate.class);
        for (NotificationTemplate template : NotificationTemplate.values()) {
            if (template.choosable()) {
                choice.put(template, EnumSet.copyOf(DEFAULT));
            }
        }
        jdbc.sql("SELECT template, channel, enabled FROM notification_preference WHERE account_id = :a")
                .param("a", accountId)
                .query((rs, n) -> {
                    Set<NotificationChannel> channels = choice.get(NotificationTemplate.valueOf(rs.getString("template")));
                    NotificationChannel channel = NotificationChannel.valueOf(rs.getString("channel"));
                    if (channels != null) {
                        if (rs.getBoolean("enabled")) {
                            channels.add(channel);
                        } else {
                            channels.remove(channel);
                        }
                    }
                    return channel;
                }).list();
        return choice;
    }

    Set<NotificationChannel> of(UUID accountId, NotificationTemplate template) {
        return of(accountId).getOrDefault(template, EnumSet.noneOf(NotificationChannel.class));
    }

    /** Stores the whole choice (every choosable template and channel). */
    void save(UUID accountId, Map<NotificationTemplate, Set<NotificationChannel>> choice, Instant now) {
        for (NotificationTemplate template : NotificationTemplate.values()) {
            if (!template.choosable()) {
                continue;
            }
            Set<NotificationChannel> chosen = choice.getOrDefault(template, Set.of());
            for (NotificationChannel channel : NotificationChannel.values()) {
                jdbc.sql("""
                                INSERT INTO notification_preference (account_id, template, channel, enabled, updated_at)
                                VALUES (:a, :t, :c, :e, :now)
                                ON CONFLICT (account_id, template, channel)
                                DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at""")
                        .param("a", accountId).param("t", template.name()).param("c", channel.name())
                        .param("e", chosen.contains(channel)).param("now", Timestamp.from(now)).update();
            }
        }
    }
}
