package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second. The visible switch ({@code ?lang=en}, {@code ?lang=vi}) stores the
 * choice in a cookie, so no server session is needed; without a choice the browser's
 * {@code Accept-Language} decides, and Vietnamese is the default.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("dvc-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LanguageConfiguration::fromAcceptLanguage);
        return resolver;
    }

    static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best != null ? best : VIETNAMESE;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
