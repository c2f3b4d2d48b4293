package vn.dvc.portal.dossier.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.dvc.portal.platform.ResourceNotFound;

/** On the dossier module's pages an unknown dossier, file or draft shows the "not found" page (404). */
@ControllerAdvice(assignableTypes = {DeskPages.class, SubmissionPages.class, MyDossierPages.class})
class DossierPageErrors {

    @ExceptionHandler(ResourceNotFound.class)
    String notFound(ResourceNotFound e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
