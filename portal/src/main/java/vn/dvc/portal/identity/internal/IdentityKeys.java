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
 * codes, recovery codes and unknown sign-in names. Each use has its own prefix, so one hash cannot stand for
 * another. Also the encryption of TOTP secrets, which must be read back: AES-256-GCM with a key derived from
 * the same {@code DVC_IDENTITY_HASH_KEY} as {@code HMAC-SHA256(key, "dvc-identity-totp-secret-key-v1")} (a
 * one-step HKDF-Expand with a fixed label), a random 12-byte nonce stored in front of the ciphertext and the
 * account id as associated data.
 */
@Component
class IdentityKeys {

    private static final Logger log = LoggerFactory.getLogger(IdentityKeys.class);
    static final String DEVELOPMENT_KEY = "dvc-development-identity-hash-key-not-for-production";

    private static final String TOTP_KEY_LABEL = "dvc-identity-totp-secret-key-v1";
    private static final int NONCE_BYTES = 12;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static final String PERSONAL_DATA_KEY_LABEL = "dvc-personal-data-key-v1";

    private final SecretKeySpec key;
    private final SecretKeySpec totpKey;
    private final SecretKeySpec personalDataKey;

    IdentityKeys(IdentityProperties properties) {
        String secret = properties.hashKey();
        if (secret == null || secret.isBlank()) {
            log.warn("DVC_IDENTITY_HASH_KEY is not set: using the development key. Set a secret key in production.");
            secret = DEVELOPMENT_KEY;
        } else if (secret.length() < 32) {
            throw new IllegalStateException("DVC_IDENTITY_HASH_KEY must have at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.totpKey = new SecretKeySpec(hmac(TOTP_KEY_LABEL), "AES");
        this.personalDataKey = new SecretKeySpec(hmac(PERSONAL_DATA_KEY_LABEL), "AES");
    }

    byte[] recoveryCode(java.util.UUID accountId, String normalisedCode) {
        return hmac("recovery-code:" + accountId + ":" + normalisedCode);
    }

    /** Encrypts a TOTP secret for one account: nonce (12 bytes) followed by the AES-GCM ciphertext and tag. */
    byte[] encryptTotpSecret(java.util.UUID accountId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = gcm(javax.crypto.Cipher.ENCRYPT_MODE, nonce, accountId, secret, 0, secret.length);
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    /** Decrypts what {@link #encryptTotpSecret} produced for the same account; fails on any tampering. */
    byte[] decryptTotpSecret(java.util.UUID accountId, byte[] stored) {
        if (stored.length <= NONCE_BYTES) {
            throw new IllegalStateException("stored TOTP secret is malformed");
        }
        byte[] nonce = java.util.Arrays.copyOf(stored, NONCE_BYTES);
        return gcm(javax.crypto.Cipher.DECRYPT_MODE, nonce, accountId, stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    }

    /** A keyed hash for another module's matching ({@code PersonalDataProtection}); its own hash space. */
    byte[] personalData(String purpose, String value) {
        return hmac("personal-data:" + purpose + ":" + value);
    }

    /** Encrypts another module's personal data (its own key, derived with its own label). */
    byte[] encryptPersonalData(String context, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = gcm(javax.crypto.Cipher.ENCRYPT_MODE, personalDataKey, nonce, context, plaintext, 0,
                plaintext.length);
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    byte[] decryptPersonalData(String context, byte[] stored) {
        if (stored.length <= NONCE_BYTES) {
            throw new IllegalStateException("stored personal data is malformed");
        }
        byte[] nonce = java.util.Arrays.copyOf(stored, NONCE_BYTES);
        return gcm(javax.crypto.Cipher.DECRYPT_MODE, personalDataKey, nonce, context, stored, NONCE_BYTES,
                stored.length - NONCE_BYTES);
    }

    private byte[] gcm(int mode, byte[] nonce, java.util.UUID accountId, byte[] data, int offset, int length) {
        return gcm(mode, totpKey, nonce, accountId.toString(), data, offset, length);
    }

    private static byte[] gcm(int mode, SecretKeySpec aesKey, byte[] nonce, String context, byte[] data, int offset,
            int length) {
        try {
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, aesKey, new javax.crypto.spec.GCMParameterSpec(128, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(data, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("data cannot be " + (mode == javax.crypto.Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted") + " (wrong DVC_IDENTITY_HASH_KEY or tampered data)", e);
        }
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

    /** A hex key for counting a client address's failed sign-ins (the address is personal data). */
    String signInAddress(String clientAddress) {
        return HexFormat.of().formatHex(hmac("sign-in-address:" + clientAddress), 0, 16);
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
