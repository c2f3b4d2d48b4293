package vn.dvc.portal.platform;

/**
 * The names the security chain (platform) and the accounts module share for a sign-in that is not complete:
 * after the right password, an account with a second factor holds only {@link #SECOND_FACTOR_PENDING} (no
 * role, no private area) until the code is right; an officer without a second factor holds their roles and
 * {@link #SECOND_FACTOR_SETUP_REQUIRED}, which keeps them out of the officers' areas until they set one up.
 */
public final class SignInStages {

    /** Authority of a session whose password was right and whose second factor is still to come. */
    public static final String SECOND_FACTOR_PENDING = "FACTOR_PENDING";
    /** Authority of an officer's session that must set up a second factor before the officers' areas. */
    public static final String SECOND_FACTOR_SETUP_REQUIRED = "FACTOR_SETUP_REQUIRED";
    /** The second step of sign-in (type the code). */
    public static final String SECOND_STEP_PATH = "/dang-nhap/ma-xac-thuc";
    /** Where a second factor is set up. */
    public static final String SETUP_PATH = "/tai-khoan/xac-thuc-hai-buoc";

    private SignInStages() {
    }
}
