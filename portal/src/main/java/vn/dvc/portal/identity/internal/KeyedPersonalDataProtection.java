package vn.dvc.portal.identity.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import vn.dvc.portal.platform.PersonalDataProtection;

/** {@link PersonalDataProtection} for every module, keyed by {@code DVC_IDENTITY_HASH_KEY} ({@link IdentityKeys}). */
@Component
class KeyedPersonalDataProtection implements PersonalDataProtection {

    private final IdentityKeys keys;

    KeyedPersonalDataProtection(IdentityKeys keys) {
        this.keys = keys;
    }

    @Override
    public byte[] matchingHash(String purpose, String value) {
        return keys.personalData(purpose, value);
    }

    @Override
    public byte[] encrypt(String context, String plaintext) {
        return keys.encryptPersonalData(context, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String decrypt(String context, byte[] sealed) {
        return new String(keys.decryptPersonalData(context, sealed), StandardCharsets.UTF_8);
    }
}
