package vn.dvc.portal.notification.internal;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The applicant's in-app messages {@code /tai-khoan/thong-bao} (sign-in required by the platform): newest
 * first, unread ones marked, each can be marked read. Only the owner's messages are ever read or changed.
 */
@Controller
class InboxPages {

    static final int LIMIT = 50;

    private final Inbox inbox;
    private final Clock clock;

    InboxPages(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/tai-khoan/thong-bao")
    String inbox(@RequestParam(name = "da-danh-dau", required = false) @Nullable String marked, Model model) {
        UUID account = CurrentUser.get().orElseThrow().getAccountId();
        model.addAttribute("messages", inbox.of(account, LIMIT));
        model.addAttribute("unread", inbox.unread(account));
        model.addAttribute("marked", marked != null);
        return "notification/inbox";
    }

    @PostMapping("/tai-khoan/thong-bao/{id}/da-doc")
    String markRead(@PathVariable UUID id) {
        UUID account = CurrentUser.get().orElseThrow().getAccountId();
        if (!inbox.markRead(account, id, clock.instant())) {
            throw new ResourceNotFound("no such message in this inbox");
        }
        return "redirect:/tai-khoan/thong-bao?da-danh-dau";
    }
}
