package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** TOTP secrets are stored encrypted (AES-256-GCM, key derived from DVC_IDENTITY_HASH_KEY, account id bound). */
class SecretEncryptionTest {

    final IdentityKeys keys = new IdentityKeys(new IdentityProperties("a-test-key-of-at-least-thirty-two-chars!"));
    final UUID account = UUID.randomUUID();
    final byte[] secret = Totp.newSecret();

    @Test
    void roundTripWithAFreshNonceEachTime() {
        byte[] first = keys.encryptTotpSecret(account, secret);
        byte[] second = keys.encryptTotpSecret(account, secret);
        assertThat(first).hasSize(12 + 20 + 16).isNotEqualTo(second);
        assertThat(keys.decryptTotpSecret(account, first)).isEqualTo(secret);
        assertThat(keys.decryptTotpSecret(account, second)).isEqualTo(secret);
        assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void anotherAccountAnotherKeyOrATamperedByteDoNotDecrypt() {
        byte[] stored = keys.encryptTotpSecret(account, secret);
        assertThatThrownBy(() -> keys.decryptTotpSecret(UUID.randomUUID(), stored))
                .isInstanceOf(IllegalStateException.class);
        IdentityKeys otherKey = new IdentityKeys(new IdentityProperties("another-key-of-at-least-thirty-two-chars"));
        assertThatThrownBy(() -> otherKey.decryptTotpSecret(account, stored)).isInstanceOf(IllegalStateException.class);
        byte[] tampered = stored.clone();
        tampered[20] ^= 1;
        assertThatThrownBy(() -> keys.decryptTotpSecret(account, tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.decryptTotpSecret(account, new byte[5])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoveryCodeHashesAreKeyedPerAccount() {
        assertThat(keys.recoveryCode(account, "ABCDEFGHJK")).hasSize(32)
                .isEqualTo(keys.recoveryCode(account, "ABCDEFGHJK"))
                .isNotEqualTo(keys.recoveryCode(UUID.randomUUID(), "ABCDEFGHJK"))
                .isNotEqualTo(keys.recoveryCode(account, "ABCDEFGHJM"));
    }
}
