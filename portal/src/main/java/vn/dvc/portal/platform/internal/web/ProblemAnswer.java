package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.dvc.portal.platform.RefusedInput;

/**
 * How a filter (security, idempotency) answers an API request with one of the specific problem codes: it names the
 * code here and sends the error, and the error page ({@link ErrorPages}) writes the problem JSON with the code, its
 * status and the request id — the one place problem documents are made outside the controllers.
 */
public final class ProblemAnswer {

    static final String CODE = ProblemAnswer.class.getName() + ".code";

    /** A bearer token without the scope the path needs: 403 {@code INSUFFICIENT_SCOPE}. */
    public static final String INSUFFICIENT_SCOPE = ProblemCode.INSUFFICIENT_SCOPE.name();
    /** A bearer client's {@code POST} without {@code Idempotency-Key}: 400 {@code IDEMPOTENCY_KEY_REQUIRED}. */
    public static final String IDEMPOTENCY_KEY_REQUIRED = ProblemCode.IDEMPOTENCY_KEY_REQUIRED.name();
    /** A key sent again with another request: 422 {@code IDEMPOTENCY_KEY_REUSED}. */
    public static final String IDEMPOTENCY_KEY_REUSED = ProblemCode.IDEMPOTENCY_KEY_REUSED.name();

    private ProblemAnswer() {
    }

    /** Answers a refused input (e.g. a malformed header) as the controllers would: its code, naming the field. */
    public static void refuse(RefusedInput refused, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ErrorPages.refuse(refused, request, response);
    }

    /** Answers with the problem {@code code} (one of the constants here) at its status. */
    public static void send(String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemCode problem = ProblemCode.valueOf(code);
        request.setAttribute(CODE, problem);
        response.sendError(problem.status().value());
    }
}
