package vn.dvc.portal.identity;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a person can be reached, for the notification module only (it sends what the person chose to
 * receive). Contact details are personal data: a caller never logs or shows them unmasked.
 */
public interface AccountContacts {

    /** The e-mail address and phone number of an active account, if it exists. */
    Optional<Contact> contactOf(UUID accountId);

    /**
     * The addresses of one account (either may be missing).
     *
     * @param email the verified or declared e-mail address, lower case
     * @param phone the phone number, national form {@code 0…}
     */
    record Contact(@Nullable String email, @Nullable String phone) {

        @Override
        public String toString() {
            return "Contact[email=" + (email != null) + ", phone=" + (phone != null) + "]";
        }
    }
}
