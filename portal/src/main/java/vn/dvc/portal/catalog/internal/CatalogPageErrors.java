package vn.dvc.portal.catalog.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.dvc.portal.platform.ResourceNotFound;

/** On the catalogue's pages an unknown procedure, agency or form is the portal's "not found" page (404). */
@ControllerAdvice(assignableTypes = {CatalogPages.class, AgencyPages.class, CatalogAdminPages.class})
class CatalogPageErrors {

    @ExceptionHandler(ResourceNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
