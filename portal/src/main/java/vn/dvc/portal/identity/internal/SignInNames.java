package vn.dvc.portal.identity.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.platform.RefusedInput;

/** Normalised forms of user names, e-mail addresses and phone numbers, as stored and as looked up. */
final class SignInNames {

    private SignInNames() {
    }

    /** The name typed at sign-in, trimmed, NFC and lower case. */
    static String normalise(String typed) {
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The phone number this text designates ({@code 0xxxxxxxxx}), or null if it is not one. */
    static @Nullable String phoneOrNull(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.strip().replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.matches("0[0-9]{9,10}") ? digits : null;
    }

    static String username(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            throw RefusedInput.of("username", "identity.error.username.required");
        }
        String username = normalise(typed);
        if (!username.matches("[a-z][a-z0-9._-]{2,39}")) {
            throw RefusedInput.of("username", "identity.error.username.format");
        }
        return username;
    }

    static @Nullable String email(@Nullable String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                throw RefusedInput.of("email", "identity.error.email.required");
            }
            return null;
        }
        String email = normalise(typed);
        if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RefusedInput.of("email", "identity.error.email.format");
        }
        return email;
    }

    static @Nullable String phone(@Nullable String typed, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                throw RefusedInput.of("phone", "identity.error.phone.required");
            }
            return null;
        }
        String phone = phoneOrNull(typed);
        if (phone == null) {
            throw RefusedInput.of("phone", "identity.error.phone.format");
        }
        return phone;
    }

    /** {@code n***@example.com}, {@code 09******78}: enough for the owner to recognise, not to read. */
    static String mask(String destination) {
        int at = destination.indexOf('@');
        if (at > 0) {
            return destination.charAt(0) + "***" + destination.substring(at);
        }
        if (destination.length() > 4) {
            return destination.substring(0, 2) + "*".repeat(destination.length() - 4)
                    + destination.substring(destination.length() - 2);
        }
        return "****";
    }
}
