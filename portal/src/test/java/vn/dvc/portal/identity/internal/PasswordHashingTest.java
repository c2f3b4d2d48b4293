package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with PBKDF2-HMAC-SHA256, 600,000 iterations, salted, behind a delegating encoder; the
 * tests' lower iteration count is part of the stored hash, and production's hashes verify whatever the setting.
 */
class PasswordHashingTest {

    @Test
    void hashesWithPbkdf2Sha256AndASaltAndMeasuresTheCost() {
        PasswordEncoder encoder = new PasswordHashing().passwordEncoder(new IdentityProperties(null));
        encoder.encode("warm-up password");
        long start = System.nanoTime();
        String hash = encoder.encode("ngựa phi đường xa");
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean quickCompilerOnly = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains("-XX:TieredStopAtLevel=1");
        System.out.println("PBKDF2-HMAC-SHA256 × " + PasswordHashing.ITERATIONS + ": " + millis + " ms per hash"
                + (quickCompilerOnly ? " (this test JVM runs the quick compiler only; a production JVM is faster)" : ""));

        assertThat(hash).startsWith("{pbkdf2-sha256}").doesNotContain("ngựa");
        assertThat(encoder.encode("ngựa phi đường xa")).isNotEqualTo(hash);
        assertThat(encoder.matches("ngựa phi đường xa", hash)).isTrue();
        assertThat(encoder.matches("ngua phi duong xa", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
        assertThat(PasswordHashing.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        // production's setting: unset, and the same as 600,000 given explicitly
        assertThat(new PasswordHashing().passwordEncoder(new IdentityProperties(null, 600_000)).matches(
                "ngựa phi đường xa", hash)).isTrue();
    }

    @Test
    void aLowerTestCountIsStoredWithTheHashAndProductionHashesStillVerify() {
        PasswordEncoder production = PasswordHashing.encoder(PasswordHashing.ITERATIONS);
        PasswordEncoder tests = new PasswordHashing().passwordEncoder(new IdentityProperties(null, 1_000));
        String stored = production.encode("mật khẩu đã lưu");

        String fast = tests.encode("mật khẩu mới");
        assertThat(fast).startsWith("{pbkdf2-sha256-1000}");
        assertThat(tests.matches("mật khẩu mới", fast)).isTrue();
        assertThat(tests.matches("mat khau moi", fast)).isFalse();
        // a hash of 600,000 iterations verifies with the tests' encoder, and the tests' hash with production's
        // encoder is refused, never read with the wrong count
        assertThat(tests.matches("mật khẩu đã lưu", stored)).isTrue();
        assertThat(tests.matches("mat khau da luu", stored)).isFalse();
        assertThatThrownBy(() -> production.matches("mật khẩu mới", fast)).isInstanceOf(IllegalArgumentException.class);
    }
}
