package vn.dvc.portal.notification.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvc.portal.notification.NotificationTemplate;

/**
 * Renders a {@link NotificationTemplate} from the module's message bundle: {@code {name}} placeholders are
 * replaced by the caller's parameters (plain text, never HTML). Every parameter the template declares must be
 * given; an unknown placeholder is a fault of the bundle and fails as well.
 */
@Component
class TemplateTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final MessageSource messages;

    TemplateTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The texts of one message: the subject, the long body (e-mail, in-app) and the short SMS text. */
    record Rendered(String subject, String body, String sms) {

        @Override
        public String toString() {
            return "Rendered[" + subject.length() + " + " + body.length() + " characters]";
        }
    }

    Rendered render(NotificationTemplate template, Locale locale, Map<String, String> params) {
        for (String name : template.parameters()) {
            String value = params.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("template " + template + " needs the parameter " + name);
            }
        }
        return new Rendered(text(template, "subject", locale, params), text(template, "body", locale, params),
                text(template, "sms", locale, params));
    }

    /** The template's name for people (the channel choice page, the officers' status page). */
    String name(NotificationTemplate template, Locale locale) {
        return messages.getMessage("notification.template." + template + ".name", null, locale);
    }

    static Locale language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    private String text(NotificationTemplate template, String part, Locale locale, Map<String, String> params) {
        String raw = messages.getMessage("notification.template." + template + "." + part, null, language(locale));
        Matcher matcher = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = params.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + template + "." + part + " uses an undeclared "
                        + "parameter " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.strip()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
