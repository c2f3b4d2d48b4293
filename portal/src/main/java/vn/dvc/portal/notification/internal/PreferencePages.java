package vn.dvc.portal.notification.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.portal.identity.AccountContacts;
import vn.dvc.portal.identity.CurrentUser;
import vn.dvc.portal.notification.NotificationChannel;
import vn.dvc.portal.notification.NotificationTemplate;
import vn.dvc.portal.platform.InvalidRequestParameter;

/**
 * {@code /tai-khoan/kenh-thong-bao}: the applicant chooses e-mail, SMS and in-app per kind of notification.
 * The form posts one checkbox value {@code TEMPLATE:CHANNEL} per chosen pair; an unchecked box is "off".
 */
@Controller
class PreferencePages {

    private final Preferences preferences;
    private final AccountContacts contacts;
    private final Clock clock;

    PreferencePages(Preferences preferences, AccountContacts contacts, Clock clock) {
        this.preferences = preferences;
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping("/tai-khoan/kenh-thong-bao")
    String choice(@RequestParam(name = "da-luu", required = false) @Nullable String saved, Model model) {
        UUID account = CurrentUser.get().orElseThrow().getAccountId();
        AccountContacts.Contact contact = contacts.contactOf(account).orElse(new AccountContacts.Contact(null, null));
        model.addAttribute("choice", preferences.of(account));
        model.addAttribute("channels", NotificationChannel.values());
        model.addAttribute("hasEmail", contact.email() != null);
        model.addAttribute("hasPhone", contact.phone() != null);
        model.addAttribute("saved", saved != null);
        return "notification/preferences";
    }

    @PostMapping("/tai-khoan/kenh-thong-bao")
    @Transactional
    String save(@RequestParam(name = "chon", required = false) @Nullable List<String> chosen) {
        UUID account = CurrentUser.get().orElseThrow().getAccountId();
        Map<NotificationTemplate, Set<NotificationChannel>> choice = new EnumMap<>(NotificationTemplate.class);
        for (String pair : chosen == null ? List.<String>of() : chosen) {
            String[] parts = pair.split(":", 2);
            try {
                NotificationTemplate template = NotificationTemplate.valueOf(parts[0]);
                NotificationChannel channel = NotificationChannel.valueOf(parts.length == 2 ? parts[1] : "");
                if (!template.choosable()) {
                    throw new IllegalArgumentException("not choosable");
                }
                choice.computeIfAbsent(template, t -> EnumSet.noneOf(NotificationChannel.class)).add(channel);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestParameter("chon", "'" + pair + "' is not a choosable notification and channel");
            }
        }
        preferences.save(account, choice, clock.instant());
        return "redirect:/tai-khoan/kenh-thong-bao?da-luu";
    }
}
