package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.internal.ops.RequestIdFilter;

/**
 * Where the servlet container sends every error that no controller answered (unknown paths, security
 * rejections, exceptions in filters or pages). API paths get problem JSON; pages get the Vietnamese (or
 * English) error page — never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** The request attribute holding a {@link RefusedInput} for the error page to answer (see {@link #refuse}). */
    static final String REFUSAL = ErrorPages.class.getName() + ".refusal";

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Answers a refused input outside a form: problem JSON naming the parameters under {@code /api}, the
     * "request refused" page listing them otherwise (with the refusal's status).
     */
    static void refuse(RefusedInput refused, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setAttribute(REFUSAL, refused);
        response.sendError(refused.code().status());
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        int status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri != null ? uri.toString() : request.getRequestURI();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500) {
            log.error("{} failed with {}", path, status, failure);
        }
        RefusedInput refused = request.getAttribute(REFUSAL) instanceof RefusedInput r ? r : null;
        if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
            if (refused != null) {
                ProblemDetail problem = Problems.withInstance(Problems.refused(refused, messages, locale), path);
                return Problems.response(Problems.withRequest(problem, request));
            }
            return api(status, path, request);
        }
        response.setStatus(status);
        String view = refused != null ? "error/refused" : switch (status) {
            case 404 -> "error/404";
            case 500 -> "error/500";
            default -> "error/general";
        };
        ModelAndView page = new ModelAndView(view);
        if (refused != null) {
            page.addObject("errors", refused.errors());
        }
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("requestId", RequestIdFilter.currentId(request));
        return page;
    }

    private static ResponseEntity<ProblemDetail> api(int status, String path, HttpServletRequest request) {
        ProblemCode code = request.getAttribute(ProblemAnswer.CODE) instanceof ProblemCode named ? named
                : request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                ? ProblemCode.CSRF_TOKEN_INVALID : ProblemCode.forStatus(status);
        String detail = switch (code) {
            case NOT_FOUND -> "No API resource exists at this path.";
            case UNAUTHENTICATED -> "Sign-in is required.";
            case FORBIDDEN -> "You may not do this.";
            case CSRF_TOKEN_INVALID -> "A call with the session cookie that changes something needs the CSRF token: "
                    + "send the value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header.";
            case INSUFFICIENT_SCOPE -> "The access token does not carry the scope this API needs.";
            case IDEMPOTENCY_KEY_REQUIRED -> "Every POST of an API client needs an Idempotency-Key header: a new "
                    + "unique value (e.g. a UUID) per request, the same one when the request is sent again.";
            case IDEMPOTENCY_KEY_REUSED -> "This Idempotency-Key was used for a different request; use a new key.";
            case INTERNAL_ERROR -> "An unexpected error occurred. Quote the request id when reporting it.";
            default -> "The request could not be handled.";
        };
        ProblemDetail problem = Problems.problem(code, HttpStatusCode.valueOf(status), detail);
        Problems.withInstance(problem, path);
        return Problems.response(Problems.withRequest(problem, request));
    }

    private static int statusOf(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : 500;
    }
}
