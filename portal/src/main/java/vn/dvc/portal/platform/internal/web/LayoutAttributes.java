package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import vn.dvc.portal.platform.CitizenPortal;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTime;

/**
 * What every page's layout needs: the portal's configuration, where citizens file online ({@code citizenPortal}),
 * the navigation, the current path and language, and
 * the zone instants are shown in ({@code zone}, {@link PortalTime#ZONE}: {@code ${#temporals.format(at.atZone(zone),
 * 'HH:mm dd/MM/yyyy')}}).
 */
@ControllerAdvice
class LayoutAttributes {

    private final PortalProperties properties;
    private final CitizenPortal citizenPortal;

    LayoutAttributes(PortalProperties properties, CitizenPortal citizenPortal) {
        this.properties = properties;
        this.citizenPortal = citizenPortal;
    }

    @ModelAttribute("portal")
    PortalProperties portal() {
        return properties;
    }

    /** Where citizens file online: this portal, or the National Portal in headless mode (README "Headless mode"). */
    @ModelAttribute("citizenPortal")
    CitizenPortal citizenPortal() {
        return citizenPortal;
    }

    @ModelAttribute("navigation")
    List<Navigation.Item> navigation() {
        return Navigation.main(citizenPortal);
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

    /**
     * The same attributes for a page an exception handler renders (Spring applies no {@code @ModelAttribute} method
     * to an exception handler's model).
     */
    ModelAndView addTo(ModelAndView page, HttpServletRequest request, Locale locale) {
        return page.addObject("portal", portal()).addObject("citizenPortal", citizenPortal())
                .addObject("navigation", navigation()).addObject("currentPath", currentPath(request))
                .addObject("zone", zone()).addObject("lang", lang(locale));
    }
}
