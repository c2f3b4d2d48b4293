package vn.dvc.portal.platform.internal.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no external database URL ({@code dvc.db.url}, from {@code DVC_DB_URL}) is configured. */
class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("dvc.db.url");
        return url == null || url.isBlank();
    }
}
