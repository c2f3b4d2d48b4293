package vn.dvc.portal.platform;

/**
 * Protection of personal data that a module must keep but never store in clear (Decree 13/2023): identity
 * document numbers, and the text of personal fields where a module chooses to encrypt them. Provided by the
 * accounts module from {@code DVC_IDENTITY_HASH_KEY}, so every module matches and encrypts with the same
 * managed secret.
 *
 * <ul>
 *   <li>{@link #matchingHash}: a keyed hash (HMAC-SHA256) to find a record by a number without storing it;
 *       each purpose gets its own hash space, so a hash of one kind cannot stand for another;</li>
 *   <li>{@link #encrypt}/{@link #decrypt}: AES-256-GCM with a random nonce; the {@code context} (e.g. the
 *       record's id) is bound as associated data, so a ciphertext copied to another record does not decrypt.</li>
 * </ul>
 */
public interface PersonalDataProtection {

    /**
     * The keyed hash of {@code value} for {@code purpose}.
     *
     * @param purpose a stable name, e.g. {@code feedback-asker-id}, {@code dossier-applicant-id}
     * @param value   the normalised value (the caller normalises: digits only, upper case …)
     */
    byte[] matchingHash(String purpose, String value);

    /** Encrypts {@code plaintext} for {@code context}: nonce (12 bytes) followed by ciphertext and tag. */
    byte[] encrypt(String context, String plaintext);

    /**
     * Decrypts what {@link #encrypt} produced for the same context.
     *
     * @throws IllegalStateException if the data was tampered with, belongs to another context or the key changed
     */
    String decrypt(String context, byte[] sealed);
}
