package vn.dvc.portal.notification.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.platform.InvalidRequestParameter;

/** {@code /quan-tri/thong-bao}: the delivery status of the latest notifications, for the Centre and administrators. */
@Controller
class DeliveryStatusPage {

    private final DeliveryStatuses statuses;

    DeliveryStatusPage(DeliveryStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/quan-tri/thong-bao")
    String deliveries(@RequestParam(name = "trang-thai", required = false) @Nullable String status, Model model,
            HttpServletResponse response) {
        OutboxMessage.Status filter = null;
        if (status != null && !status.isBlank()) {
            filter = Arrays.stream(OutboxMessage.Status.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElseThrow(() -> new InvalidRequestParameter("trang-thai", "not a delivery status"));
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("deliveries", statuses.latest(filter));
        model.addAttribute("counts", statuses.counts());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", OutboxMessage.Status.values());
        return "notification/deliveries";
    }
}
