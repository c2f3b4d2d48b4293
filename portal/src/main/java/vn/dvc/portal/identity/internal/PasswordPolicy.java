package vn.dvc.portal.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.RefusedInput;

/**
 * What a new password must be (OWASP ASVS 5.0 §6.2, NIST SP 800-63B): at least 8 and at most 128 characters
 * (spaces and any Unicode allowed, counted as code points after NFC), not on the list of common passwords,
 * not the user name; no composition rules and no expiry.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final Set<String> blocked;

    PasswordPolicy(Set<String> blocked) {
        this.blocked = blocked;
    }

    /** The policy with the shipped list {@code identity/common-passwords.txt}. */
    static PasswordPolicy standard() {
        Set<String> blocked = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    blocked.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(Set.copyOf(blocked));
    }

    int size() {
        return blocked.size();
    }

    /**
     * @throws RefusedInput field {@code password}, message {@code identity.error.password.<reason>}: {@code required},
     *                      {@code tooShort}, {@code tooLong}, {@code common} or {@code sameAsUsername}
     */
    void check(@Nullable String password, @Nullable String username) {
        check(password, username, "password");
    }

    /** The same check for the form field {@code field} (e.g. {@code newPassword}), message {@code identity.error.<field>.<reason>}. */
    void check(@Nullable String password, @Nullable String username, String field) {
        String reason = refusal(password, username);
        if (reason != null) {
            throw RefusedInput.of(field, "identity.error." + field + "." + reason);
        }
    }

    private @Nullable String refusal(@Nullable String password, @Nullable String username) {
        if (password == null || password.isEmpty()) {
            return "required";
        }
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return "tooShort";
        }
        if (length > MAX_LENGTH) {
            return "tooLong";
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (blocked.contains(lower) || blocked.contains(lower.strip())) {
            return "common";
        }
        if (username != null && !username.isBlank() && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return "sameAsUsername";
        }
        return null;
    }
}
