package vn.dvc.portal.dossier.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.dvc.portal.platform.ResourceNotFound;

/** On the dossier module's pages an unknown dossier, file or draft shows the "not found" page (404). */
@ControllerAdvice(assignableTypes = {DeskPages.class, SubmissionPages.class, MyDossierPages.class})
class DossierPageErrors {

    @ExceptionHandler(ResourceNotFound.class)
    void notFound(ResourceNotFound e, HttpServletResponse response) throws java.io.IOException {
        // the platform's error page renders it with the layout
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
