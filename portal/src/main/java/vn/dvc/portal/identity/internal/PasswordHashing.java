package vn.dvc.portal.identity.internal;

import java.util.Map;
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
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ID = "pbkdf2-sha256";
    static final int ITERATIONS = 600_000;

    @Bean
    PasswordEncoder passwordEncoder() {
        Pbkdf2PasswordEncoder pbkdf2 = new Pbkdf2PasswordEncoder("", 16, ITERATIONS,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
        return new DelegatingPasswordEncoder(ID, Map.of(ID, pbkdf2));
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }
}
