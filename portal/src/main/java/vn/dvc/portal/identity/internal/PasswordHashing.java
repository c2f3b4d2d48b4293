package vn.dvc.portal.identity.internal;

import java.util.Map;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Password hashing: PBKDF2-HMAC-SHA256, 600,000 iterations, 16-byte random salt, 256-bit hash (OWASP
 * Password Storage Cheat Sheet, ASVS 5.0 §11.4.2), stored as {@code {pbkdf2-sha256}<hex salt+hash>}. The
 * delegating encoder lets a stronger scheme be introduced later: hashes of an older scheme are upgraded at
 * the next successful sign-in.
 *
 * <p>Tests lower the iterations ({@code dvc.identity.password-hash-iterations}); a hash made with another count
 * is stored as {@code {pbkdf2-sha256-<iterations>}…}, so the count is part of the stored hash, and hashes of
 * 600,000 iterations ({@code {pbkdf2-sha256}}) verify whatever the setting.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ID = "pbkdf2-sha256";
    static final int ITERATIONS = 600_000;

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        Integer iterations = properties.passwordHashIterations();
        if (iterations != null && iterations != ITERATIONS) {
            LoggerFactory.getLogger(PasswordHashing.class).warn(
                    "New password hashes use {} PBKDF2 iterations instead of {} (dvc.identity.password-hash-iterations"
                            + " is for tests only)", iterations, ITERATIONS);
        }
        return encoder(iterations == null ? ITERATIONS : iterations);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }

    /** Encodes with {@code iterations}; verifies hashes of 600,000 iterations and of {@code iterations}. */
    static PasswordEncoder encoder(int iterations) {
        if (iterations == ITERATIONS) {
            return new DelegatingPasswordEncoder(ID, Map.of(ID, pbkdf2(ITERATIONS)));
        }
        String id = ID + "-" + iterations;
        return new DelegatingPasswordEncoder(id, Map.of(ID, pbkdf2(ITERATIONS), id, pbkdf2(iterations)));
    }

    private static Pbkdf2PasswordEncoder pbkdf2(int iterations) {
        return new Pbkdf2PasswordEncoder("", 16, iterations,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }
}
