package vn.dvc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.dvc.portal.notification.NotificationTemplate;

/**
 * Every template renders in Vietnamese and English with the parameters it declares (no placeholder left,
 * diacritics intact); a missing parameter is refused; both bundles have the same keys.
 */
class TemplateTextsTest {

    private final TemplateTexts texts = new TemplateTexts(bundle());

    @Test
    void everyTemplateRendersInBothLanguagesWithItsParameters() {
        for (NotificationTemplate template : NotificationTemplate.values()) {
            Map<String, String> params = new HashMap<>();
            template.parameters().forEach(name -> params.put(name, "«" + name + "»"));
            for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
                TemplateTexts.Rendered rendered = texts.render(template, locale, params);
                for (String text : new String[] {rendered.subject(), rendered.body(), rendered.sms()}) {
                    assertThat(text).as("%s %s", template, locale).doesNotContain("{").isNotBlank();
                }
                String all = rendered.subject() + rendered.body() + rendered.sms();
                template.parameters().stream().filter(name -> !name.equals("minutes"))
                        .forEach(name -> assertThat(all).as("%s %s uses %s", template, locale, name)
                                .contains("«" + name + "»"));
            }
        }
    }

    @Test
    void vietnameseTextKeepsItsDiacritics() {
        TemplateTexts.Rendered rendered = texts.render(NotificationTemplate.SUPPLEMENT_REQUESTED,
                Locale.forLanguageTag("vi"), Map.of("dossierCode", "000.00.01.H63-261201-0001",
                        "procedureName", "Cấp giấy phép xây dựng", "reason", "thiếu bản vẽ mặt bằng"));
        assertThat(rendered.subject()).isEqualTo("Hồ sơ 000.00.01.H63-261201-0001 cần bổ sung");
        assertThat(rendered.body()).contains("Nội dung cần bổ sung: thiếu bản vẽ mặt bằng.\n");
    }

    @Test
    void aMissingParameterIsRefused() {
        assertThatThrownBy(() -> texts.render(NotificationTemplate.RESULT_READY, Locale.ENGLISH,
                Map.of("dossierCode", "X"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("procedureName");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/notification_en.properties").stringPropertyNames())
                .isEqualTo(load("i18n/notification.properties").stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TemplateTextsTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/notification");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
