package vn.dvc.portal.identity.internal;

import vn.dvc.portal.identity.IdentityArgumentException;
import vn.dvc.portal.platform.FormError;

/** The form error for an identity rule that was broken: message {@code identity.error.<field>.<reason>}. */
final class IdentityErrors {

    private IdentityErrors() {
    }

    static FormError of(IdentityArgumentException problem) {
        return FormError.of(problem.field(), "identity.error." + problem.field() + "." + problem.reason());
    }
}
