package vn.dvc.portal.platform;

/**
 * A request parameter (query, path or body field) that is missing or malformed. The API answers
 * {@code 400} problem JSON with code {@code INVALID_PARAMETER} and the parameter's name.
 */
public class InvalidRequestParameter extends RuntimeException {

    private final String parameter;

    public InvalidRequestParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
