package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
