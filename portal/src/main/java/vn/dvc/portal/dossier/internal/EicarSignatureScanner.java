package vn.dvc.portal.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fallback when no clamd is configured: detects only the EICAR anti-virus test file, so that the refusal
 * path can be tried and tested. It is not protection; a warning says so at start-up.
 */
final class EicarSignatureScanner implements VirusScanner {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private static final byte[] SIGNATURE = EICAR.getBytes(StandardCharsets.US_ASCII);

    @Override
    public Optional<String> findThreat(byte[] content) {
        for (int i = 0; i + SIGNATURE.length <= content.length; i++) {
            if (content[i] == SIGNATURE[0]
                    && Arrays.equals(content, i, i + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                return Optional.of("Eicar-Test-Signature");
            }
        }
        return Optional.empty();
    }
}
