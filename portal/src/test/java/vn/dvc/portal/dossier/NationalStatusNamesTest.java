package vn.dvc.portal.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The national status names have one source, the dossier bundle's names of the states
 * ({@link DossierStatus#namingNationalCode}); the reference table of the migration, kept for SQL, says the same.
 */
class NationalStatusNamesTest {

    private static final Pattern ROW = Pattern.compile("\\((\\d+),\\s*'([^']+)',\\s*'((?:[^']|'')+)',\\s*'[a-z]+'\\)");

    @Test
    void eachNationalCodeIsNamedByOneStateAndTheMigrationAgrees() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/dossier");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Map<Integer, String[]> table = migrationNames();
        assertThat(table).hasSize(10);
        table.forEach((code, names) -> {
            DossierStatus status = DossierStatus.namingNationalCode(code);
            assertThat(status.nationalCode()).isEqualTo(code);
            assertThat(messages.getMessage(status.messageKey(), null, Locale.forLanguageTag("vi"))).as("%d", code)
                    .isEqualTo(names[0]);
            assertThat(messages.getMessage(status.messageKey(), null, Locale.ENGLISH)).as("%d", code)
                    .isEqualTo(names[1]);
        });
        assertThat(DossierStatus.namingNationalCode(5)).isEqualTo(DossierStatus.WAITING_FOR_SUPPLEMENT);
        assertThatThrownBy(() -> DossierStatus.namingNationalCode(11)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<Integer, String[]> migrationNames() throws IOException {
        try (InputStream in = NationalStatusNamesTest.class.getResourceAsStream(
                "/db/migration/V20261128_1002__reference_national_codes.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String statuses = sql.substring(sql.indexOf("INSERT INTO ref_national_dossier_status"),
                    sql.indexOf("CREATE TABLE ref_submission_channel"));
            Map<Integer, String[]> names = new LinkedHashMap<>();
            Matcher row = ROW.matcher(statuses);
            while (row.find()) {
                names.put(Integer.parseInt(row.group(1)), new String[] {row.group(2), row.group(3).replace("''", "'")});
            }
            return names;
        }
    }
}
