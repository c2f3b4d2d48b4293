package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.platform.PersonalDataProtection;

/** Other modules' personal data: keyed hashes per purpose, AES-GCM bound to a context, apart from TOTP keys. */
class PersonalDataProtectionTest {

    final IdentityKeys keys = new IdentityKeys(new IdentityProperties("a-test-key-of-at-least-thirty-two-chars!"));
    final PersonalDataProtection protection = new KeyedPersonalDataProtection(keys);

    @Test
    void hashesMatchWithinAPurposeOnly() {
        byte[] hash = protection.matchingHash("feedback-asker-id", "001099012345");
        assertThat(protection.matchingHash("feedback-asker-id", "001099012345")).isEqualTo(hash).hasSize(32);
        assertThat(protection.matchingHash("dossier-applicant-id", "001099012345")).isNotEqualTo(hash);
        assertThat(protection.matchingHash("feedback-asker-id", "001099012346")).isNotEqualTo(hash);
        // not the identity module's own citizen-ID hash space
        assertThat(keys.citizenId(vn.dvc.portal.identity.CitizenIdNumber.parse("001099012345", null))).isNotEqualTo(hash);
    }

    @Test
    void encryptsWithAFreshNonceAndBindsTheContext() {
        String text = "Nguyễn Thị Hồng Nhung, 001099012345";
        byte[] first = protection.encrypt("record-1", text);
        byte[] second = protection.encrypt("record-1", text);
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("001099012345");
        assertThat(protection.decrypt("record-1", first)).isEqualTo(text);
        assertThat(protection.decrypt("record-1", second)).isEqualTo(text);
        assertThatThrownBy(() -> protection.decrypt("record-2", first)).isInstanceOf(IllegalStateException.class);
        byte[] tampered = first.clone();
        tampered[15] ^= 1;
        assertThatThrownBy(() -> protection.decrypt("record-1", tampered)).isInstanceOf(IllegalStateException.class);
        PersonalDataProtection otherKey = new KeyedPersonalDataProtection(
                new IdentityKeys(new IdentityProperties("another-key-of-at-least-thirty-two-chars")));
        assertThatThrownBy(() -> otherKey.decrypt("record-1", first)).isInstanceOf(IllegalStateException.class);
    }
}
