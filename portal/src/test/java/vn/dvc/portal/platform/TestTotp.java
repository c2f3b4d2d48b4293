package vn.dvc.portal.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tests' own authenticator app: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits), written independently of the
 * portal's implementation, and the demo officers' documented secret (docs/identity.md). The portal accepts
 * each time step once per account, so {@link #nextCode} hands out a step not used before for that account on
 * that server (waiting for the next step when the window is used up).
 */
public final class TestTotp {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();

    private TestTotp() {
    }

    /** The demo officers' secret: first 20 bytes of HMAC-SHA256(demo password, "dvc-demo-totp-secret"). */
    public static byte[] demoSecret(String demoPassword) {
        byte[] full = hmac("HmacSHA256", demoPassword.getBytes(StandardCharsets.UTF_8),
                "dvc-demo-totp-secret".getBytes(StandardCharsets.UTF_8));
        return Arrays.copyOf(full, 20);
    }

    public static String code(byte[] secret, long step) {
        byte[] hash = hmac("HmacSHA1", secret, ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
    }

    public static long currentStep() {
        return Instant.now().getEpochSecond() / 30;
    }

    /** A code the portal on {@code port} has not yet seen for {@code account} (the step now or the next). */
    public static synchronized String nextCode(int port, String account, byte[] secret) {
        String key = port + "/" + account;
        while (true) {
            long now = currentStep();
            long last = LAST_STEP.getOrDefault(key, Long.MIN_VALUE);
            // the current step or the next (never the previous one, which may expire on the way)
            for (long step = now; step <= now + 1; step++) {
                if (step > last) {
                    LAST_STEP.put(key, step);
                    return code(secret, step);
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A 6-digit code that is none of the codes the portal would accept now. */
    public static String wrongCode(byte[] secret) {
        long now = currentStep();
        for (int candidate = 0; ; candidate++) {
            String code = String.format(Locale.ROOT, "%06d", candidate * 7919 % 1_000_000);
            if (!code.equals(code(secret, now - 1)) && !code.equals(code(secret, now))
                    && !code.equals(code(secret, now + 1)) && !code.equals(code(secret, now + 2))) {
                return code;
            }
        }
    }

    public static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }

    private static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
