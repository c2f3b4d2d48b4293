package vn.dvc.portal.notification.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.portal.identity.AccountContacts;
import vn.dvc.portal.notification.NotificationChannel;
import vn.dvc.portal.notification.NotificationTemplate;
import vn.dvc.portal.notification.Notifications;

/**
 * {@link Notifications}: renders the template and queues one outbox message per channel, joining the
 * caller's transaction. E-mail and in-app get the long text, SMS the short one.
 */
@Service
class NotificationService implements Notifications {

    private final TemplateTexts texts;
    private final Outgoing outgoing;
    private final Preferences preferences;
    private final AccountContacts contacts;

    NotificationService(TemplateTexts texts, Outgoing outgoing, Preferences preferences, AccountContacts contacts) {
        this.texts = texts;
        this.outgoing = outgoing;
        this.preferences = preferences;
        this.contacts = contacts;
    }

    @Override
    @Transactional
    public int notifyAccount(String reference, UUID accountId, NotificationTemplate template,
            Map<String, String> params, Locale locale) {
        TemplateTexts.Rendered rendered = texts.render(template, locale, params);
        AccountContacts.Contact contact = contacts.contactOf(accountId).orElse(null);
        if (contact == null) {
            return 0;
        }
        Set<NotificationChannel> channels = template.choosable() ? preferences.of(accountId, template)
                : Set.of(contact.email() != null ? NotificationChannel.EMAIL : NotificationChannel.SMS);
        int queued = 0;
        for (NotificationChannel channel : channels) {
            String recipient = switch (channel) {
                case EMAIL -> contact.email();
                case SMS -> contact.phone();
                case IN_APP -> accountId.toString();
            };
            if (recipient != null && queue(reference, channel, recipient, accountId, template, locale, rendered)) {
                queued++;
            }
        }
        return queued;
    }

    @Override
    @Transactional
    public boolean notifyAddress(String reference, NotificationChannel channel, String address,
            NotificationTemplate template, Map<String, String> params, Locale locale) {
        if (channel == NotificationChannel.IN_APP) {
            throw new IllegalArgumentException("in-app messages go to an account: use notifyAccount");
        }
        TemplateTexts.Rendered rendered = texts.render(template, locale, params);
        return queue(reference, channel, address.strip(), null, template, locale, rendered);
    }

    private boolean queue(String reference, NotificationChannel channel, String recipient, @Nullable UUID accountId,
            NotificationTemplate template, Locale locale, TemplateTexts.Rendered rendered) {
        String body = channel == NotificationChannel.SMS ? rendered.sms() : rendered.body();
        return outgoing.queue(new Outgoing.Draft(reference, channel, recipient, accountId, template.name(),
                TemplateTexts.language(locale).getLanguage(), rendered.subject(), body, template.secret()));
    }
}
