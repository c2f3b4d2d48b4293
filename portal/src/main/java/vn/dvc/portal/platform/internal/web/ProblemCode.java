package vn.dvc.portal.platform.internal.web;

import org.springframework.http.HttpStatus;

/**
 * The stable error codes of the API (the {@code code} member of every problem document). Clients may rely
 * on them; a code is never renamed or reused for another meaning.
 */
enum ProblemCode {
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST),
    MISSING_PARAMETER(HttpStatus.BAD_REQUEST),
    MALFORMED_BODY(HttpStatus.BAD_REQUEST),
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST),
    BAD_REQUEST(HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    CSRF_TOKEN_INVALID(HttpStatus.FORBIDDEN),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
    CONFLICT(HttpStatus.CONFLICT),
    /** Headless mode: citizens file online on the National Public Service Portal ({@code nationalPortalUrl}). */
    SUBMISSION_AT_NATIONAL_PORTAL(HttpStatus.CONFLICT, true),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    /** A bearer token without the scope the path needs (RFC 6750 {@code insufficient_scope}). */
    INSUFFICIENT_SCOPE(HttpStatus.FORBIDDEN, true),
    /** A bearer client's {@code POST} without an {@code Idempotency-Key}. */
    IDEMPOTENCY_KEY_REQUIRED(HttpStatus.BAD_REQUEST, true),
    /** An {@code Idempotency-Key} sent again with a different request. */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, true);

    private final HttpStatus status;
    /** Only for its own case: never the code of a bare status ({@link #forStatus}). */
    private final boolean specific;

    ProblemCode(HttpStatus status) {
        this(status, false);
    }

    ProblemCode(HttpStatus status, boolean specific) {
        this.status = status;
        this.specific = specific;
    }

    HttpStatus status() {
        return status;
    }

    /** The code for a status when nothing more specific is known. */
    static ProblemCode forStatus(int status) {
        if (status == 400) {
            return BAD_REQUEST;
        }
        for (ProblemCode code : values()) {
            if (!code.specific && code.status.value() == status) {
                return code;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
