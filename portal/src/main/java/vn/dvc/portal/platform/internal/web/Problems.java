package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.internal.ops.RequestIdFilter;

/** Builds the one problem-document shape (RFC 9457) the API answers with. */
final class Problems {

    /** Problem types are URNs: stable names, not pages to fetch. */
    static final String TYPE_BASE = "urn:dvc:problem:";

    private Problems() {
    }

    static ProblemDetail problem(ProblemCode code, String detail) {
        return problem(code, code.status(), detail);
    }

    static ProblemDetail problem(ProblemCode code, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return withCode(problem, code);
    }

    /** Adds the stable code (and a type URI derived from it) to a problem built elsewhere. */
    static ProblemDetail withCode(ProblemDetail problem, ProblemCode code) {
        problem.setType(URI.create(TYPE_BASE + code.name().toLowerCase().replace('_', '-')));
        problem.setProperty("code", code.name());
        return problem;
    }

    /**
     * A refused input: its code and status, the first field as {@code parameter}, and {@code errors} listing every
     * field with its message in {@code locale} (and, for the feedback API's first clients, {@code field} and the
     * message key's last part as {@code reason}).
     */
    static ProblemDetail refused(RefusedInput refused, MessageSource messages, Locale locale) {
        ProblemCode code = ProblemCode.valueOf(refused.code().name());
        String detail = switch (refused) {
            case InvalidRequestParameter invalid -> invalid.getMessage();
            default -> switch (refused.code()) {
                case INVALID_PARAMETER -> "The value of '" + refused.field() + "' is not valid.";
                case MISSING_PARAMETER -> "The parameter '" + refused.field() + "' is required.";
                case VALIDATION_FAILED -> "The input was refused; errors lists each field.";
                case CONFLICT -> "The resource's present state does not allow this.";
                case TOO_MANY_REQUESTS -> "Too many attempts; try again later.";
            };
        };
        ProblemDetail problem = problem(code, HttpStatusCode.valueOf(refused.code().status()), detail);
        problem.setProperty("parameter", refused.field());
        problem.setProperty("errors", errors(refused.errors(), messages, locale));
        return problem;
    }

    private static List<Map<String, String>> errors(List<FormError> errors, MessageSource messages, Locale locale) {
        return errors.stream().map(error -> {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("parameter", error.field());
            item.put("message", messages.getMessage(error.messageKey(), error.getArgs(), error.messageKey(), locale));
            item.put("field", error.field());
            item.put("reason", reason(error));
            return item;
        }).toList();
    }

    /** The stable word of a message key {@code <module>.error.<field>.<reason>}, else the key's last part. */
    static String reason(FormError error) {
        String key = error.messageKey();
        String marker = ".error." + error.field() + ".";
        int at = key.indexOf(marker);
        return at >= 0 ? key.substring(at + marker.length()) : key.substring(key.lastIndexOf('.') + 1);
    }

    static ProblemDetail withRequest(ProblemDetail problem, HttpServletRequest request) {
        String requestId = RequestIdFilter.currentId(request);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    /** Names the path the problem occurred at; a path that is no valid URI is left out. */
    static ProblemDetail withInstance(ProblemDetail problem, String path) {
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            problem.setInstance(null);
        }
        return problem;
    }

    static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
