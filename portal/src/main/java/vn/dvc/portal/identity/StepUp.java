package vn.dvc.portal.identity;

import vn.dvc.portal.platform.AssuranceLevel;

/**
 * Step-up (AUTH-4) for other modules: a page or service that needs a higher assurance level than the session
 * has calls {@link #require(AssuranceLevel)} before it shows or accepts anything. The user is then sent to
 * {@code /dang-nhap/nang-muc} to complete the TOTP second factor (which raises the session to
 * {@link AssuranceLevel#VERIFIED_BY_CODE}) or to sign on with the national identity provider
 * ({@link AssuranceLevel#NATIONAL_IDENTITY}, when national sign-on is configured), and comes back to the same
 * page (GET; only same-site relative paths are followed).
 *
 * <pre>{@code
 * @GetMapping("/nop-ho-so/{procedure}")
 * String form(...) {
 *     StepUp.require(procedure.requiredLevel());
 *     ...
 * }
 * }</pre>
 */
public final class StepUp {

    private StepUp() {
    }

    /** Whether the signed-in session has at least {@code level}. */
    public static boolean satisfied(AssuranceLevel level) {
        return CurrentUser.get().map(user -> user.getAssuranceLevel().isAtLeast(level)).orElse(false);
    }

    /** @throws StepUpRequired when nobody is signed in or the session's level is lower than {@code level} */
    public static void require(AssuranceLevel level) {
        if (!satisfied(level)) {
            throw new StepUpRequired(level);
        }
    }
}
