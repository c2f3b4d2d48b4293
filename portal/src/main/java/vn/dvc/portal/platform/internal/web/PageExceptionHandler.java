package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.dvc.portal.platform.FormPage;
import vn.dvc.portal.platform.RefusedInput;
import vn.dvc.portal.platform.ResourceNotFound;
import vn.dvc.portal.platform.SubmissionAtNationalPortal;

/**
 * The pages' one error boundary (the API has {@link ApiExceptionHandler}, which comes first for REST
 * controllers). A {@link RefusedInput} shows the handler's form again with the errors, as the handler registered
 * it with {@link FormPage}, at the refusal's status; without a form, the "request refused" page lists the errors.
 * A {@link ResourceNotFound} shows the "not found" page. Refusals are logged at WARN. In headless mode a citizen's
 * submission step ({@link SubmissionAtNationalPortal}) shows the page that sends people to the National Portal.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final LayoutAttributes layout;

    PageExceptionHandler(LayoutAttributes layout) {
        this.layout = layout;
    }

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

    /**
     * Headless mode: the page that says where this province receives online dossiers, with the link there. A GET
     * (a bookmark, a link, the address typed) is a page to read and answers 200; a POST answers 409, because the
     * change it asked for was not made — a page with a clear link rather than a silent redirect, so that nobody
     * leaves the province's portal, and its sign-in, without being told why and where to.
     */
    @ExceptionHandler(SubmissionAtNationalPortal.class)
    ModelAndView atNationalPortal(SubmissionAtNationalPortal at, HttpServletRequest request, Locale locale) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read) {
            log.debug("{} {}: {}", request.getMethod(), request.getRequestURI(), at.getMessage());
        } else {
            log.warn("{} {} refused with 409: {}", request.getMethod(), request.getRequestURI(), at.getMessage());
        }
        ModelAndView page = layout.addTo(new ModelAndView("national-portal"), request, locale);
        page.addObject("at", at);
        page.setStatus(read ? HttpStatus.OK : HttpStatus.CONFLICT);
        return page;
    }

    @ExceptionHandler(ResourceNotFound.class)
    void notFound(ResourceNotFound notFound, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.debug("{} {}: {}", request.getMethod(), request.getRequestURI(), notFound.getMessage());
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
