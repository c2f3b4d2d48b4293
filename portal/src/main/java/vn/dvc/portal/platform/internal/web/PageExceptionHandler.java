package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The pages' one error boundary (the API has {@link ApiExceptionHandler}, which comes first for REST
 * controllers). A {@link RefusedInput} shows the handler's form again with the errors, as the handler registered
 * it with {@link FormPage}, at the refusal's status; without a form, the "request refused" page lists the errors.
 * A {@link ResourceNotFound} shows the "not found" page. Refusals are logged at WARN.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(RefusedInput.class)
    ModelAndView refused(RefusedInput refused, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.warn("{} {} refused with {} {}: {}", request.getMethod(), request.getRequestURI(), refused.code().status(),
                refused.code(), refused.getMessage());
        FormPage form = FormPageConfiguration.of(request);
        String view = form == null ? null : form.render(refused);
        if (form == null || view == null) {
            ErrorPages.refuse(refused, request, response);
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView(view, form.model().asMap());
        if (!view.startsWith("redirect:")) {
            page.setStatus(HttpStatusCode.valueOf(refused.code().status()));
        }
        return page;
    }

    @ExceptionHandler(ResourceNotFound.class)
    void notFound(ResourceNotFound notFound, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.debug("{} {}: {}", request.getMethod(), request.getRequestURI(), notFound.getMessage());
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
