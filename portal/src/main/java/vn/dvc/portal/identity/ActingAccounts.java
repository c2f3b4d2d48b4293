package vn.dvc.portal.identity;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work done as an account outside any request — <strong>for generating demo data only</strong> (demo dossiers
 * are received, processed and returned by demo officers and applicants through the same services, with the same
 * role and scope checks, as in a real session). The principal is the one the account gets when it signs in; the
 * security context of the thread is restored afterwards. Refused on a request thread, where the session's own
 * user acts.
 */
public interface ActingAccounts {

    /** The principal an active account has when signed in (its own assurance level), if it exists. */
    Optional<SignedInUser> principal(String username);

    /**
     * Runs {@code work} with {@code user} in the security context of this thread ({@link CurrentUser},
     * {@code @PreAuthorize} role checks), and returns its result.
     *
     * @throws IllegalStateException on a request thread
     */
    <T> T as(SignedInUser user, Supplier<T> work);
}
