package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.dvc.portal.platform.IdempotencyKeyReused;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;
import vn.dvc.portal.platform.SubmissionAtNationalPortal;

/**
 * The API's one error boundary: every exception raised by a REST controller becomes an RFC 9457 problem
 * document with a stable {@code code} and the request id. Client errors are logged at WARN, server errors
 * at ERROR with the stack trace — which never reaches the response. It comes before the pages' advice
 * ({@link PageExceptionHandler}), which would otherwise answer REST controllers too.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RefusedInput.class)
    ResponseEntity<ProblemDetail> refused(RefusedInput ex, HttpServletRequest request, Locale locale) {
        return finish(Problems.refused(ex, messages, locale), request, ex);
    }

    @ExceptionHandler(ResourceNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFound ex, HttpServletRequest request) {
        return finish(Problems.problem(ProblemCode.NOT_FOUND, ex.getMessage()), request, ex);
    }

    /** Headless mode: 409 with where to file instead (the National Portal's page of the procedure, if known). */
    @ExceptionHandler(SubmissionAtNationalPortal.class)
    ResponseEntity<ProblemDetail> atNationalPortal(SubmissionAtNationalPortal ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.problem(ProblemCode.SUBMISSION_AT_NATIONAL_PORTAL, "This province receives "
                + "online dossiers on the National Public Service Portal: file there (nationalPortalUrl).");
        problem.setProperty("nationalPortalUrl", ex.procedureUrl());
        if (ex.procedureCode() != null) {
            problem.setProperty("procedureCode", ex.procedureCode());
        }
        return finish(problem, request, ex);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused ex, HttpServletRequest request) {
        return finish(Problems.problem(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was used for a different request; use a new key."), request, ex);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, HttpServletRequest request) {
        return finish(Problems.problem(ProblemCode.FORBIDDEN, "You may not do this."), request, ex);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.problem(ProblemCode.INTERNAL_ERROR,
                "An unexpected error occurred. Quote the request id when reporting it.");
        return finish(problem, request, ex);
    }

    /** Spring's own MVC exceptions (bad JSON, missing parameter, wrong method …) get a code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            describe(problem, ex);
            HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
            if (servletRequest != null) {
                Problems.withRequest(problem, servletRequest);
                logged(problem, servletRequest, ex);
            }
        }
        return response;
    }

    private static void describe(ProblemDetail problem, Exception ex) {
        switch (ex) {
            case HttpMessageNotReadableException ignored -> {
                Problems.withCode(problem, ProblemCode.MALFORMED_BODY);
                problem.setDetail("The request body is missing or is not valid JSON of the expected shape.");
            }
            case MissingServletRequestParameterException missing -> {
                Problems.withCode(problem, ProblemCode.MISSING_PARAMETER);
                problem.setProperty("parameter", missing.getParameterName());
            }
            case TypeMismatchException mismatch -> {
                Problems.withCode(problem, ProblemCode.INVALID_PARAMETER);
                problem.setProperty("parameter", mismatch.getPropertyName());
                problem.setDetail("The value of '" + mismatch.getPropertyName() + "' is not valid.");
            }
            case MethodArgumentNotValidException invalid -> {
                Problems.withCode(problem, ProblemCode.VALIDATION_FAILED);
                List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                        .map(e -> Map.of("parameter", e.getField(),
                                "message", String.valueOf(e.getDefaultMessage())))
                        .toList();
                problem.setProperty("errors", errors);
            }
            case HandlerMethodValidationException invalid ->
                    Problems.withCode(problem, ProblemCode.VALIDATION_FAILED);
            case HttpRequestMethodNotSupportedException ignored ->
                    Problems.withCode(problem, ProblemCode.METHOD_NOT_ALLOWED);
            case HttpMediaTypeNotSupportedException ignored ->
                    Problems.withCode(problem, ProblemCode.UNSUPPORTED_MEDIA_TYPE);
            case HttpMediaTypeNotAcceptableException ignored ->
                    Problems.withCode(problem, ProblemCode.NOT_ACCEPTABLE);
            case NoResourceFoundException ignored -> Problems.withCode(problem, ProblemCode.NOT_FOUND);
            default -> Problems.withCode(problem, ProblemCode.forStatus(problem.getStatus()));
        }
    }

    private static ResponseEntity<ProblemDetail> finish(ProblemDetail problem, HttpServletRequest request,
            Exception ex) {
        Problems.withRequest(problem, request);
        logged(problem, request, ex);
        return Problems.response(problem);
    }

    private static void logged(ProblemDetail problem, HttpServletRequest request, Exception ex) {
        if (problem.getStatus() >= 500) {
            log.error("{} {} failed: {}", request.getMethod(), request.getRequestURI(), problem.getProperties(), ex);
        } else {
            log.warn("{} {} rejected with {} {}: {}", request.getMethod(), request.getRequestURI(),
                    problem.getStatus(), problem.getProperties() == null ? "" : problem.getProperties().get("code"),
                    ex.getMessage());
        }
    }
}
