package vn.dvc.portal.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The development mailbox {@value #PATH}: the latest messages the development
 * {@link vn.dvc.portal.identity.NotificationPort} kept, so a tester can read a one-time code, and the demo
 * officers' current TOTP code. It exists only when demo data is on (never in production), and even then only
 * for a browser on the portal's own machine (a loopback address, reached directly, not through a proxy): every
 * other client is told "not found", as when it is off. Start-up says when it is on and where.
 */
@Controller
class MailboxPage {

    static final String PATH = "/hop-thu-thu-nghiem";

    private static final Logger log = LoggerFactory.getLogger(MailboxPage.class);
    /** Headers a proxy adds: a request that carries one did not come straight from this machine. */
    private static final String[] PROXY_HEADERS = {"Forwarded", "X-Forwarded-For", "X-Real-IP"};

    private final DevelopmentMailbox mailbox;
    private final PortalProperties properties;
    private final java.time.Clock clock;

    MailboxPage(DevelopmentMailbox mailbox, PortalProperties properties, java.time.Clock clock) {
        this.clock = clock;
        this.mailbox = mailbox;
        this.properties = properties;
        if (properties.demoDataEnabled()) {
            log.warn("The development mailbox is on at {} because demo data is on: it shows every one-time code "
                    + "and the demo officers' TOTP codes, to browsers on this machine only", PATH);
        }
    }

    @GetMapping(PATH)
    String mailbox(Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!properties.demoDataEnabled() || !fromThisMachine(request)) {
            throw new ResourceNotFound("the development mailbox is only for this machine with demo data on");
        }
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("messages", mailbox.latest(20));
        byte[] demoSecret = IdentityDemoData.demoTotpSecret(properties.demoPassword());
        model.addAttribute("demoTotpSecret", Totp.grouped(Totp.base32(demoSecret)));
        model.addAttribute("demoTotpCode", Totp.code(demoSecret, Totp.step(clock.instant())));
        return "identity/mailbox";
    }

    /**
     * Whether the request comes from a loopback address and through no proxy. Behind a proxy with
     * {@code SERVER_FORWARD_HEADERS_STRATEGY=framework} the address is the forwarded client's (and the headers
     * are gone), so a distant client is refused there too.
     */
    static boolean fromThisMachine(HttpServletRequest request) {
        for (String header : PROXY_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        try {
            return InetAddress.ofLiteral(request.getRemoteAddr()).isLoopbackAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
