package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.platform.TestTotp;

/** RFC 6238 Appendix B test vectors, RFC 4648 Base32, the ±1-step window and single use of a step. */
class TotpTest {

    static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238TestVectors(long unixTime, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
        // what authenticator apps show: the last 6 digits of the SHA-1 code
        assertThat(Totp.code(SHA1_KEY, step)).isEqualTo(sha1.substring(2));
        assertThat(TestTotp.code(SHA1_KEY, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void base32AsRfc4648WithoutPadding() {
        assertThat(Totp.base32("".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Totp.base32("foob".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YQ");
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32(SHA1_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(TestTotp.base32Decode(Totp.grouped(Totp.base32(SHA1_KEY)))).isEqualTo(SHA1_KEY);
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }

    @Test
    void acceptsOneStepEitherSideOnceAndNothingElse() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step), now, null)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now, null)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now, null)).isEmpty();
        // a step already used (or an earlier one) is refused: no replay
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, step - 1)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, step)).hasValue(step + 1);
        // malformed input
        assertThat(Totp.matchingStep(SHA1_KEY, "12345", now, null)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, "12345a", now, null)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, "١٢٣٤٥٦", now, null)).isEmpty();
    }

    @Test
    void secretsAreRandomAndTheUriIsWhatAppsRead() {
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20).isNotEqualTo(Totp.newSecret());
        assertThat(Totp.uri("DVC Yen Bai", "ha.thu.trang", SHA1_KEY)).isEqualTo(
                "otpauth://totp/DVC%20Yen%20Bai:ha.thu.trang?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=DVC%20Yen%20Bai&algorithm=SHA1&digits=6&period=30");
        assertThat(QrCodes.pngDataUri(Totp.uri("DVC Yen Bai", "x", secret))).startsWith("data:image/png;base64,iVBORw0KGgo");
    }
}
