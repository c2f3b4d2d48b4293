package vn.dvc.portal.integration.internal.inbound;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /quan-tri/cong-quoc-gia/hoi-dap-danh-gia}: for the Centre, when each month's ratings summary went to the
 * National Portal (or why not yet), and the answers to its questions still to be sent or refused — the same rows the
 * jobs work on, read only.
 */
@Controller
class InboundStatusPage {

    static final String PATH = "/quan-tri/cong-quoc-gia/hoi-dap-danh-gia";

    private final Status status;

    InboundStatusPage(Status status) {
        this.status = status;
    }

    @GetMapping(PATH)
    String page(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("months", status.months());
        model.addAttribute("answers", status.answers());
        return "integration/inbound";
    }

    /** The reads, for the Centre and administrators only. */
    @Service
    static class Status {

        private final RatingsMonths months;
        private final AnswerOutbox outbox;

        Status(RatingsMonths months, AnswerOutbox outbox) {
            this.months = months;
            this.outbox = outbox;
        }

        @PreAuthorize("hasAnyRole('CENTRE', 'ADMIN')")
        @Transactional(readOnly = true)
        public List<RatingsMonths.Month> months() {
            return months.all(24);
        }

        @PreAuthorize("hasAnyRole('CENTRE', 'ADMIN')")
        @Transactional(readOnly = true)
        public List<AnswerOutbox.Entry> answers() {
            return outbox.latest(50);
        }
    }
}
