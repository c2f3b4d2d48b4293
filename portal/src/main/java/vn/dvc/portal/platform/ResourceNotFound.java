package vn.dvc.portal.platform;

/**
 * A resource named in the request does not exist (or the caller may not know that it does). The API
 * answers {@code 404} problem JSON with code {@code NOT_FOUND}; pages show the "not found" page (both mapped in
 * {@code platform.internal.web}, one advice per boundary).
 */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String message) {
        super(message);
    }
}
