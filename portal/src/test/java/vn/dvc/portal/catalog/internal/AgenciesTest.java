package vn.dvc.portal.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.platform.FormError;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Module test on a real PostgreSQL: the fixture agency tree, its levels as data, a ceased agency that still
 * resolves and leads to its successor, the subtree check behind officers' scopes, and the checks on a saved
 * agency.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"dvc.demo-data=true", CatalogFixtures.PROPERTIES})
class AgenciesTest {

    @Autowired
    Agencies agencies;

    @Autowired
    AgencyWriter writer;

    @Test
    void aCeasedCommuneStillResolvesAndLeadsToItsSuccessor() {
        Agency old = agencies.find("000.21.22.H63").orElseThrow();
        assertThat(old.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(old.successorCode()).isEqualTo("000.01.31.H63");
        assertThat(agencies.current("000.21.22.H63")).map(Agency::code).contains("000.01.31.H63");
        assertThat(agencies.current("000.00.15.H63")).map(Agency::code).contains("000.00.15.H63");
        assertThat(agencies.current("000.77.77.H63")).isEmpty();
        assertThat(agencies.predecessors("000.01.31.H63")).extracting(Agency::code).containsExactly("000.21.22.H63");
        assertThat(agencies.validOn(LocalDate.of(2025, 6, 1))).extracting(Agency::code)
                .contains("000.21.22.H63").doesNotContain("000.01.31.H63");
        assertThat(agencies.validOn(LocalDate.of(2025, 8, 1))).extracting(Agency::code)
                .contains("000.01.31.H63").doesNotContain("000.21.22.H63")
                .first().isEqualTo("000.00.00.H63");
    }

    @Test
    void theTreeAnswersSubtreeAncestryAndScopeQuestions() {
        assertThat(agencies.isWithin("000.00.15.H63", "000.00.00.H63")).isTrue();
        assertThat(agencies.isWithin("000.00.15.H63", "000.00.15.H63")).isTrue();
        assertThat(agencies.isWithin("000.00.00.H63", "000.00.15.H63")).isFalse();
        assertThat(agencies.isWithin("000.01.31.H63", "000.00.15.H63")).isFalse();
        assertThat(agencies.ancestry("000.00.01.H63")).extracting(Agency::code)
                .containsExactly("000.00.00.H63", "000.00.01.H63");
        assertThat(agencies.subtree("000.00.00.H63")).hasSize(5).first().extracting(Agency::code)
                .isEqualTo("000.00.00.H63");
        assertThat(agencies.find("000.00.01.H63").orElseThrow())
                .satisfies(centre -> {
                    assertThat(centre.receivingPoint()).isTrue();
                    assertThat(centre.level().code()).isEqualTo("SERVICE_CENTRE");
                    assertThat(centre.qaContact()).isNotNull();
                });
        assertThat(agencies.levels()).extracting(l -> l.code()).contains("PROVINCE", "COMMUNE", "DISTRICT");
    }

    @Test
    void aBadAgencyIsRejectedFieldByField() {
        AgencyDraft bad = new AgencyDraft("000.00.15.h6", "", "Sở", "NO_SUCH_LEVEL", "000.99.99.H63", "",
                "abc", "not-an-email", "TIEU_CHUAN", false, null, null, null, null, "2020-13-01", null, null);

        assertThatThrownBy(() -> writer.save(bad, AgencyWriter.Mode.CREATE))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                        .extracting(FormError::field)
                        .containsExactlyInAnyOrder("code", "name", "level", "parentCode", "phone", "email",
                                "validFrom"));
        AgencyDraft cycle = AgencyDraft.of(agencies.find("000.00.00.H63").orElseThrow());
        AgencyDraft underItsChild = new AgencyDraft(cycle.code(), cycle.name(), cycle.shortName(), cycle.level(),
                "000.00.15.H63", cycle.address(), cycle.phone(), cycle.email(), cycle.scheduleCode(), false, null,
                null, null, null, cycle.validFrom(), null, null);
        assertThatThrownBy(() -> writer.save(underItsChild, AgencyWriter.Mode.UPDATE))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                        .extracting(FormError::messageKey).containsExactly("catalog.agency.error.parent.cycle"));
    }
}
