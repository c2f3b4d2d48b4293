package vn.dvc.portal.processing.internal;

import vn.dvc.portal.identity.SignedInUser;

/**
 * The signing port (DOS-6): a result that a step signs (ký duyệt) goes through it before it is stored. The
 * province's PKI (a remote signing service with the leader's certificate) plugs in here; until then
 * {@link UnsignedResults} keeps the document as uploaded and records that it carries no digital signature.
 */
interface ResultSigner {

    /** The document to store and whether it now carries a digital signature. */
    record Signed(byte[] document, boolean digitallySigned) {
    }

    Signed sign(byte[] pdf, SignedInUser signer);
}
