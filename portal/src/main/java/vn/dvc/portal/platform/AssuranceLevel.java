package vn.dvc.portal.platform;

/**
 * How well the identity behind an account (or a session) is established, lowest first. A procedure may
 * later require a minimum level (step-up, phase 2).
 */
public enum AssuranceLevel {
    /** The applicant declared who they are; nothing was checked. */
    SELF_DECLARED,
    /** The e-mail or phone was proven by a one-time code. */
    VERIFIED_BY_CODE,
    /** The national identity provider vouched for the person (VNeID / national portal sign-on, phase 2). */
    NATIONAL_IDENTITY;

    public boolean isAtLeast(AssuranceLevel other) {
        return compareTo(other) >= 0;
    }
}
