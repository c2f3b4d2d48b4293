package vn.dvc.portal.platform;

/**
 * An {@code Idempotency-Key} sent again with a different request than the one it was first used for: nothing is
 * done. The API answers 422 problem JSON {@code IDEMPOTENCY_KEY_REUSED}; the client must use a new key for a new
 * request.
 */
public final class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String message) {
        super(message);
    }
}
