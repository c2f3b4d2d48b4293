package vn.dvc.devidp;

import java.util.concurrent.atomic.AtomicReference;

/**
 * What the provider gets wrong on purpose, for the portal's tests of tampered answers (issue #5: a wrong
 * issuer, an unknown assurance level). Only the test-control endpoint ({@link TestControls}, present only with
 * {@code DVC_IDP_TEST_CONTROLS=true}) changes it; otherwise the provider always behaves.
 */
public enum Misbehaviour {
    /** Behaves. */
    NONE,
    /** ID tokens carry an issuer other than the one the discovery document publishes. */
    WRONG_ISSUER,
    /** ID tokens carry an {@code acr} that is none of the national levels. */
    UNKNOWN_ACR;

    /** The issuer written into ID tokens under {@link #WRONG_ISSUER}. */
    public static final String WRONG_ISSUER_VALUE = "https://gia-mao.example.invalid";
    /** The {@code acr} written into ID tokens under {@link #UNKNOWN_ACR}. */
    public static final String UNKNOWN_ACR_VALUE = "urn:vn:vneid:loa:9";

    private static final AtomicReference<Misbehaviour> CURRENT = new AtomicReference<>(NONE);

    public static Misbehaviour current() {
        return CURRENT.get();
    }

    static void set(Misbehaviour misbehaviour) {
        CURRENT.set(misbehaviour);
    }
}
