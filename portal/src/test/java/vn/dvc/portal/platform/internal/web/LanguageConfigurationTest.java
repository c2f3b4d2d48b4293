package vn.dvc.portal.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Without a stored choice, the browser's Accept-Language decides between Vietnamese and English. */
class LanguageConfigurationTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "vi-VN,vi;q=0.9,en;q=0.8 | vi",
            "en-GB,en;q=0.9          | en",
            "fr-FR,en;q=0.5          | en",
            "fr-FR,de;q=0.5          | vi",
            "zh-CN                   | vi",
            "'                      '| vi",
            ";;;q=abc,,              | vi",
    })
    void choosesASupportedLanguageOrVietnamese(String header, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", header.trim());
        assertThat(LanguageConfiguration.fromAcceptLanguage(request)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @org.junit.jupiter.api.Test
    void noHeaderMeansVietnamese() {
        assertThat(LanguageConfiguration.fromAcceptLanguage(new MockHttpServletRequest()))
                .isEqualTo(LanguageConfiguration.VIETNAMESE);
    }
}
