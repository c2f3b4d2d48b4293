package vn.dvc.portal.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import vn.dvc.portal.identity.IdentityArgumentException;

/**
 * One error for a form's error summary.
 *
 * @param field      the id of the form field to link to
 * @param messageKey the message shown
 * @param arguments  the message's arguments
 */
public record FormError(String field, String messageKey, List<Object> arguments) {

    static FormError of(String field, String messageKey, Object... arguments) {
        return new FormError(field, messageKey, List.of(arguments));
    }

    static FormError of(IdentityArgumentException problem) {
        return of(problem.field(), "identity.error." + problem.field() + "." + problem.reason());
    }

    /** Puts the errors in the model: {@code errors} for the summary, {@code fieldErrors} (first per field). */
    static void addTo(Model model, List<FormError> errors) {
        Map<String, FormError> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error));
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", byField);
    }

    public Object[] getArgs() {
        return arguments.toArray();
    }
}
