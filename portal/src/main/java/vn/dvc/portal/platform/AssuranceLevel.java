package vn.dvc.portal.platform;

/**
 * How well the identity behind an account (or a session) is established, lowest first. A procedure requires
 * a minimum level, which a session reaches by step-up ({@code identity.StepUp}).
 */
public enum AssuranceLevel {
    /** The applicant declared who they are; nothing was checked. */
    SELF_DECLARED,
    /** The e-mail or phone was proven by a one-time code. */
    VERIFIED_BY_CODE,
    /** The national identity provider vouched for the person (VNeID / national sign-on). */
    NATIONAL_IDENTITY;

    public boolean isAtLeast(AssuranceLevel other) {
        return compareTo(other) >= 0;
    }
}
