package vn.dvc.portal.platform;

import java.util.List;

/**
 * A request parameter (query, path or body member) that is malformed, as a {@link RefusedInput} with the code
 * {@link Code#INVALID_PARAMETER}: the API answers {@code 400} problem JSON naming the parameter, with
 * {@code message} as the problem's English {@code detail} and the bundle's {@code form.error.parameter} as the
 * field's message in the caller's language.
 */
public class InvalidRequestParameter extends RefusedInput {

    public InvalidRequestParameter(String parameter, String message) {
        super(Code.INVALID_PARAMETER, message, List.of(FormError.of(parameter, "form.error.parameter", parameter)));
    }

    /** The parameter's name. */
    public String parameter() {
        return field();
    }
}
