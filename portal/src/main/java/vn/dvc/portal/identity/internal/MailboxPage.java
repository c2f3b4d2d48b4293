package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.dvc.portal.platform.PortalProperties;

/**
 * The development mailbox {@code /hop-thu-thu-nghiem}: the latest messages the development
 * {@link vn.dvc.portal.identity.NotificationPort} kept, so a tester can read a one-time code. It exists only
 * when demo data is on (never in production); otherwise the path is "not found".
 */
@Controller
class MailboxPage {

    private final DevelopmentMailbox mailbox;
    private final PortalProperties properties;
    private final java.time.Clock clock;

    MailboxPage(DevelopmentMailbox mailbox, PortalProperties properties, java.time.Clock clock) {
        this.clock = clock;
        this.mailbox = mailbox;
        this.properties = properties;
    }

    @GetMapping("/hop-thu-thu-nghiem")
    String mailbox(Model model, HttpServletResponse response) {
        if (!properties.demoDataEnabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("messages", mailbox.latest(20));
        byte[] demoSecret = IdentityDemoData.demoTotpSecret(properties.demoPassword());
        model.addAttribute("demoTotpSecret", Totp.grouped(Totp.base32(demoSecret)));
        model.addAttribute("demoTotpCode", Totp.code(demoSecret, Totp.step(clock.instant())));
        return "identity/mailbox";
    }
}
