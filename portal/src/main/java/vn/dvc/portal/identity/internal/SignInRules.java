package vn.dvc.portal.identity.internal;

import java.time.Duration;

/** The numbers of sign-in protection (GOV.UK One Login's lockout; a per-address limit). */
final class SignInRules {

    /** Wrong passwords in a row that lock sign-in for an account (or an unknown sign-in name). */
    static final int MAX_WRONG_PASSWORDS = 6;
    /** How long sign-in stays locked. */
    static final Duration LOCKOUT = Duration.ofHours(2);
    /**
     * Failed sign-ins allowed from one client address per window: generous, because a whole agency or school
     * often shares one address behind NAT; the per-account lockout is the real guard against guessing.
     */
    static final int MAX_FAILURES_PER_ADDRESS = 100;
    /** The window of the per-address limit. */
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** Longest sign-in name and password looked at (longer ones are refused without hashing). */
    static final int MAX_NAME_LENGTH = 254;
    static final int MAX_PASSWORD_LENGTH = 512;

    private SignInRules() {
    }
}
