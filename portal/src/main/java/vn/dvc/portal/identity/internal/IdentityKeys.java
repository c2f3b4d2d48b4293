package vn.dvc.portal.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.CitizenIdNumber;

/**
 * Keyed hashes (HMAC-SHA256) of secrets the portal must match but never keep: citizen ID numbers, one-time
 * codes and unknown sign-in names. Each use has its own prefix, so one hash cannot stand for another.
 */
@Component
class IdentityKeys {

    private static final Logger log = LoggerFactory.getLogger(IdentityKeys.class);
    static final String DEVELOPMENT_KEY = "dvc-development-identity-hash-key-not-for-production";

    private final SecretKeySpec key;

    IdentityKeys(IdentityProperties properties) {
        String secret = properties.hashKey();
        if (secret == null || secret.isBlank()) {
            log.warn("DVC_IDENTITY_HASH_KEY is not set: using the development key. Set a secret key in production.");
            secret = DEVELOPMENT_KEY;
        } else if (secret.length() < 32) {
            throw new IllegalStateException("DVC_IDENTITY_HASH_KEY must have at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    byte[] citizenId(CitizenIdNumber number) {
        return hmac("citizen-id:" + number.digits());
    }

    byte[] oneTimeCode(java.util.UUID codeId, String code) {
        return hmac("one-time-code:" + codeId + ":" + code);
    }

    /** A hex key for throttling sign-in attempts on a name that belongs to no account. */
    String signInName(String normalisedLogin) {
        return HexFormat.of().formatHex(hmac("sign-in-name:" + normalisedLogin), 0, 16);
    }

    static boolean same(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
