package vn.dvc.portal.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the accounts module, bound from {@code dvc.identity.*}.
 *
 * @param hashKey                the secret key (any text, at least 32 characters) of the keyed hashes
 *                               (HMAC-SHA256) of citizen ID numbers and one-time codes
 *                               ({@code DVC_IDENTITY_HASH_KEY}). Blank: a fixed development key, with a warning.
 *                               Changing it makes stored ID hashes unmatchable.
 * @param passwordHashIterations tests only: the PBKDF2 iterations of new password hashes; unset means the
 *                               production value ({@link PasswordHashing#ITERATIONS}). Hashes made with another
 *                               count carry it in their id, so every stored hash still verifies.
 */
@ConfigurationProperties("dvc.identity")
public record IdentityProperties(@Nullable String hashKey, @Nullable Integer passwordHashIterations) {

    @ConstructorBinding
    public IdentityProperties {
    }

    public IdentityProperties(@Nullable String hashKey) {
        this(hashKey, null);
    }
}
