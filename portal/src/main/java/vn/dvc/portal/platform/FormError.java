package vn.dvc.portal.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * One error of a submitted form, for the shared error summary ({@code templates/fragments/forms.html ::
 * errorSummary}) and the message beside the field. Every module's forms use this one shape.
 *
 * @param field      the id of the form field the summary links to
 * @param messageKey the message shown
 * @param arguments  the message's arguments
 */
public record FormError(String field, String messageKey, List<Object> arguments) {

    public static FormError of(String field, String messageKey, Object... arguments) {
        return new FormError(field, messageKey, List.of(arguments));
    }

    /** Puts the errors in the model: {@code errors} for the summary, {@code fieldErrors} (first per field). */
    public static void addTo(Model model, List<FormError> errors) {
        Map<String, FormError> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error));
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", byField);
    }

    /** The arguments as the template's {@code #messages.msgWithParams} wants them. */
    public Object[] getArgs() {
        return arguments.toArray();
    }
}
