package vn.dvc.portal.processing.internal;

import org.springframework.stereotype.Component;
import vn.dvc.portal.identity.SignedInUser;

/** No PKI yet (a PKI signer replaces this bean, marked {@code @Primary}): the result is stored as uploaded (the leader signed it on paper), marked as not signed digitally. */
@Component
class UnsignedResults implements ResultSigner {

    @Override
    public Signed sign(byte[] pdf, SignedInUser signer) {
        return new Signed(pdf, false);
    }
}
