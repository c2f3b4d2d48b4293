package vn.dvc.portal.lookup.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvc.portal.dossier.DossierStatus;

/**
 * The names of the ten national status codes (REGULATORY-FACTS §8): the dossier module's names of its states
 * ({@link DossierStatus#namingNationalCode}), the one source of those names — the official Vietnamese name, and
 * an English one for {@code ?lang=en}.
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
        return messages.getMessage(DossierStatus.namingNationalCode(code).messageKey(), null, locale);
    }
}
