package vn.dvc.portal.lookup.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of the ten national status codes (REGULATORY-FACTS §8, as in {@code ref_national_dossier_status}),
 * from the module's message bundle: the official Vietnamese name, and an English one for {@code ?lang=en}.
 */
@Component
class NationalStatusNames {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    NationalStatusNames(MessageSource messages) {
        this.messages = messages;
    }

    String vietnamese(int code) {
        return name(code, VIETNAMESE);
    }

    String name(int code, Locale locale) {
        return messages.getMessage("lookup.national." + code, null, locale);
    }
}
