package vn.dvc.portal.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SMS syntax (docs/lookup.md) and the gateway's signature, as documented. */
class SmsCommandTest {

    static final String CODE = "000.00.15.H63-261201-0007";

    @Test
    void aLookUpIsHsAndTheCodeInAnyCaseWithAnySpaces() {
        for (String text : new String[] {"HS 000.00.15.H63-261201-0007", "hs  000.00.15.h63-261201-0007",
                "  Hs000.00.15.H63-261201-0007  ", "HS\t000.00.15.H63-261201-0007\n", "hS 000.00.15.H63 - 261201 - 0007",
                "HS: 000.00.15.H63-261201-0007", "HS-000.00.15.H63-261201-0007"}) {
            assertThat(SmsCommand.code(text)).as(text).contains(CODE);
        }
    }

    @Test
    void anythingElseIsNoLookUp() {
        for (String text : new String[] {"", "HS", "HS ", "tra cuu 000.00.15.H63-261201-0007", "000.00.15.H63-261201-0007",
                "HS 000.00.15.H63-261201", "HS 000.00.15.H63-261201-0007 xin cam on", "HSS 000.00.15.H63-261201-0007",
                "KS 000.00.15.H63-261201-0007"}) {
            assertThat(SmsCommand.code(text)).as(text).isEmpty();
        }
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheRawBody() {
        byte[] body = "{\"from\":\"0912345678\",\"text\":\"HS 000.00.15.H63-261201-0007\"}".getBytes(StandardCharsets.UTF_8);
        // computed independently: printf '%s' "$body" | openssl dgst -sha256 -hmac secret
        String signature = WebhookSignature.sign("secret", body);
        assertThat(signature).isEqualTo("sha256=e71dd0f77564db8c9b971dc19544c3d11a8be93786d5d01d8da4a3efbf5a3ae2");
        assertThat(WebhookSignature.valid("secret", body, signature)).isTrue();
        assertThat(WebhookSignature.valid("secret", body, signature.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
        assertThat(WebhookSignature.valid("other", body, signature)).isFalse();
        assertThat(WebhookSignature.valid("secret", body, null)).isFalse();
        assertThat(WebhookSignature.valid("secret", body, signature.substring(7))).isFalse();
        assertThat(WebhookSignature.valid("secret", (new String(body, StandardCharsets.UTF_8) + " ").getBytes(),
                signature)).isFalse();
    }
}
