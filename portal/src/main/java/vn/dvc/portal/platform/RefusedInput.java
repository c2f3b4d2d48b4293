package vn.dvc.portal.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input the portal refuses, with one {@link FormError} per wrong field or parameter (its id, message key and
 * arguments), and the stable problem code the API answers with. Nothing was changed by the refused request.
 *
 * <p>One pipeline carries it to the user: a page handler that registered its form with {@link FormPage} shows
 * the form again with the errors beside the fields and in the summary (any other page shows the "request
 * refused" page listing them); the API answers problem JSON ({@code docs/errors.md}) with the code, the
 * first field as {@code parameter}, and {@code errors} listing every field with its message in the caller's
 * language. Services throw it; controllers do not catch it.
 */
public class RefusedInput extends RuntimeException {

    /** The problem codes a refusal may carry (each is the API's code of the same name and status). */
    public enum Code {
        /** A parameter (query, path or body member) is malformed or out of range. */
        INVALID_PARAMETER(400),
        /** A required parameter is absent. */
        MISSING_PARAMETER(400),
        /** The form or body is well-formed but breaks rules (the usual refusal of a form). */
        VALIDATION_FAILED(400),
        /** The input is fine but the resource's state does not allow it (e.g. receiving a dossier twice). */
        CONFLICT(409),
        /** Too many attempts from this client or for this destination for now. */
        TOO_MANY_REQUESTS(429);

        private final int status;

        Code(int status) {
            this.status = status;
        }

        /** The HTTP status of the answer, for pages and the API alike. */
        public int status() {
            return status;
        }
    }

    private final Code code;
    private final List<FormError> errors;

    /** A form refused for one or more reasons ({@link Code#VALIDATION_FAILED}). */
    public RefusedInput(List<FormError> errors) {
        this(Code.VALIDATION_FAILED, errors);
    }

    public RefusedInput(Code code, List<FormError> errors) {
        this(code, null, errors);
    }

    /**
     * @param detail a plain sentence for the log and the problem's {@code detail}; by default the fields and
     *               message keys
     */
    public RefusedInput(Code code, @Nullable String detail, List<FormError> errors) {
        super(detail != null ? detail : describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one field");
        }
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    /** One field refused for one reason ({@link Code#VALIDATION_FAILED}). */
    public static RefusedInput of(String field, String messageKey, Object... arguments) {
        return new RefusedInput(List.of(FormError.of(field, messageKey, arguments)));
    }

    /** Throws a {@link Code#VALIDATION_FAILED} refusal listing {@code errors} unless there are none. */
    public static void throwIfAny(List<FormError> errors) {
        if (!errors.isEmpty()) {
            throw new RefusedInput(errors);
        }
    }

    /**
     * A required parameter or body member: returns it, or throws a {@link Code#MISSING_PARAMETER} refusal naming
     * it when it is null (e.g. a JSON body without the member, or with {@code null}).
     */
    public static <T> T require(@Nullable T value, String parameter) {
        if (value == null) {
            throw new RefusedInput(Code.MISSING_PARAMETER, List.of(FormError.of(parameter, "form.error.missing",
                    parameter)));
        }
        return value;
    }

    public Code code() {
        return code;
    }

    /** Every refused field, in the order found; never empty. */
    public List<FormError> errors() {
        return errors;
    }

    /** The first refused field's id (the API's {@code parameter}). */
    public String field() {
        return errors.getFirst().field();
    }

    /** The first refused field's message key. */
    public String messageKey() {
        return errors.getFirst().messageKey();
    }

    private static String describe(List<FormError> errors) {
        StringBuilder text = new StringBuilder("refused:");
        errors.forEach(e -> text.append(' ').append(e.field()).append(" (").append(e.messageKey()).append(')'));
        return text.toString();
    }
}
