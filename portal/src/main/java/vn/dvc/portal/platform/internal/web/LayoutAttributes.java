package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTime;

/**
 * What every page's layout needs: the portal's configuration, the navigation, the current path and language, and
 * the zone instants are shown in ({@code zone}, {@link PortalTime#ZONE}: {@code ${#temporals.format(at.atZone(zone),
 * 'HH:mm dd/MM/yyyy')}}).
 */
@ControllerAdvice
class LayoutAttributes {

    private final PortalProperties properties;

    LayoutAttributes(PortalProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("portal")
    PortalProperties portal() {
        return properties;
    }

    @ModelAttribute("navigation")
    List<Navigation.Item> navigation() {
        return Navigation.MAIN;
    }

    /** The path the visitor asked for (for an error page, the original one), used to mark the current item. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        return path.isEmpty() ? "/" : path;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return PortalTime.ZONE;
    }

    @ModelAttribute("lang")
    String lang(Locale locale) {
        return locale.getLanguage().equals("en") ? "en" : "vi";
    }
}
