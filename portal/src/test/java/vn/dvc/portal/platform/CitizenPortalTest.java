package vn.dvc.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Where citizens file online (#15 item 6, headless mode): the full portal unless {@code DVC_CITIZEN_PORTAL=national};
 * the National Portal's address, cleaned and checked at start-up; the one guard, silent in the full portal.
 */
class CitizenPortalTest {

    @Test
    void theFullPortalIsTheDefaultAndLetsSubmissionsThrough() {
        CitizenPortal defaults = bind(Map.of());
        assertThat(defaults.mode()).isEqualTo(CitizenPortalMode.FULL);
        assertThat(defaults.national()).isFalse();
        assertThat(defaults.nationalUrl()).isEqualTo("https://dichvucong.gov.vn");
        defaults.requireOnlineSubmission("2.000635", "Cấp bản sao trích lục hộ tịch");
        defaults.requireDraftSubmission("2.000635", "Cấp bản sao trích lục hộ tịch");
        // an empty variable is the default too
        assertThat(bind(Map.of("dvc.citizen-portal.mode", "", "dvc.citizen-portal.national-url", " ")))
                .isEqualTo(CitizenPortal.full());
    }

    @Test
    void nationalModeSendsEachStepToTheProceduresPageOnTheNationalPortal() {
        CitizenPortal national = bind(Map.of("dvc.citizen-portal.mode", "national",
                "dvc.citizen-portal.national-url", "https://dichvucong.gov.vn/"));
        assertThat(national.national()).isTrue();
        assertThat(national.procedureUrl(" 2.000635 "))
                .isEqualTo("https://dichvucong.gov.vn/p/home/dvc-danh-sach-dich-vu-cong.html?ma_tt=2.000635");

        SubmissionAtNationalPortal procedure = catchThrowableOfType(SubmissionAtNationalPortal.class,
                () -> national.requireOnlineSubmission("2.000635", "Cấp bản sao trích lục hộ tịch"));
        assertThat(procedure.procedureUrl()).isEqualTo(national.procedureUrl("2.000635"));
        assertThat(procedure.procedureName()).isEqualTo("Cấp bản sao trích lục hộ tịch");
        assertThat(procedure.draft()).isFalse();

        SubmissionAtNationalPortal section = catchThrowableOfType(SubmissionAtNationalPortal.class,
                () -> national.requireOnlineSubmission(null, null));
        assertThat(section.procedureUrl()).isEqualTo("https://dichvucong.gov.vn");
        assertThat(section.procedureCode()).isNull();

        assertThat(catchThrowableOfType(SubmissionAtNationalPortal.class,
                () -> national.requireDraftSubmission("2.000635", "x")).draft()).isTrue();
    }

    @Test
    void aWrongSettingStopsTheStartWithWhatIsWrong() {
        assertThatThrownBy(() -> bind(Map.of("dvc.citizen-portal.mode", "headless")))
                .hasStackTraceContaining("headless");
        assertThatThrownBy(() -> new CitizenPortal(CitizenPortalMode.NATIONAL, "dichvucong.gov.vn"))
                .hasMessageContaining("DVC_NATIONAL_PORTAL_PUBLIC_URL must be an absolute http(s) address");
        assertThatThrownBy(() -> new CitizenPortal(CitizenPortalMode.NATIONAL, "javascript:alert(1)"))
                .hasMessageContaining("DVC_NATIONAL_PORTAL_PUBLIC_URL");
    }

    private static CitizenPortal bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("dvc.citizen-portal", CitizenPortal.class);
    }
}
