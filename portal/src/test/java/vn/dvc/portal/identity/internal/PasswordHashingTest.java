package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are hashed with PBKDF2-HMAC-SHA256, 600,000 iterations, salted, behind a delegating encoder. */
class PasswordHashingTest {

    @Test
    void hashesWithPbkdf2Sha256AndASaltAndMeasuresTheCost() {
        PasswordEncoder encoder = new PasswordHashing().passwordEncoder();
        encoder.encode("warm-up password");
        long start = System.nanoTime();
        String hash = encoder.encode("ngựa phi đường xa");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("PBKDF2-HMAC-SHA256 × " + PasswordHashing.ITERATIONS + ": " + millis + " ms per hash");

        assertThat(hash).startsWith("{pbkdf2-sha256}").doesNotContain("ngựa");
        assertThat(encoder.encode("ngựa phi đường xa")).isNotEqualTo(hash);
        assertThat(encoder.matches("ngựa phi đường xa", hash)).isTrue();
        assertThat(encoder.matches("ngua phi duong xa", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
        assertThat(PasswordHashing.ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }
}
