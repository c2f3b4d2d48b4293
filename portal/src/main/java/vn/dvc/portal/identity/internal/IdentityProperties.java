package vn.dvc.portal.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the accounts module, bound from {@code dvc.identity.*}.
 *
 * @param hashKey the secret key (any text, at least 32 characters) of the keyed hashes (HMAC-SHA256) of
 *                citizen ID numbers and one-time codes ({@code DVC_IDENTITY_HASH_KEY}). Blank: a fixed
 *                development key, with a warning. Changing it makes stored ID hashes unmatchable.
 */
@ConfigurationProperties("dvc.identity")
public record IdentityProperties(@Nullable String hashKey) {
}
