package vn.dvc.portal.platform;

/**
 * A resource named in the request does not exist (or the caller may not know that it does). The API
 * answers {@code 404} problem JSON with code {@code NOT_FOUND}; pages show the "not found" page (the status
 * below makes Spring send a 404 to the error pages for any page controller).
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String message) {
        super(message);
    }
}
