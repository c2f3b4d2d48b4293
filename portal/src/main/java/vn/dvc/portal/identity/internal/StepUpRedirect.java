package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.identity.StepUpRequired;
import vn.dvc.portal.platform.AuditLog;

/**
 * Turns {@link StepUpRequired} into the step-up page for pages ({@code /dang-nhap/nang-muc}, coming back to
 * this GET path afterwards; a POST comes back to its own path as a GET) and into 403 for the API.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StepUpRedirect {

    private final AuditLog audit;

    StepUpRedirect(AuditLog audit) {
        this.audit = audit;
    }

    @ExceptionHandler(StepUpRequired.class)
    void stepUp(StepUpRequired required, HttpServletRequest request, HttpServletResponse response) throws IOException {
        CurrentUser.get().ifPresent(user -> audit.record("identity.step-up.required", "account",
                user.getAccountId().toString(), Map.of("from", user.getAssuranceLevel().name(),
                        "required", required.required().name())));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String back = "GET".equals(request.getMethod()) && request.getQueryString() != null
                ? path + "?" + request.getQueryString() : path;
        response.sendRedirect(request.getContextPath() + "/dang-nhap/nang-muc?muc=" + required.required().name()
                + "&tiep=" + URLEncoder.encode(SafePaths.relative(back), StandardCharsets.UTF_8));
    }
}
