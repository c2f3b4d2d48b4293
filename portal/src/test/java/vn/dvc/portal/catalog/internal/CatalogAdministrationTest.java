package vn.dvc.portal.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.catalog.AgencySucceeded;
import vn.dvc.portal.catalog.Procedure;
import vn.dvc.portal.catalog.ProcedurePublished;
import vn.dvc.portal.catalog.ProcedureWithdrawn;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Module test on a real PostgreSQL: the Centre merges two communes (audited, {@link AgencySucceeded}
 * published, old codes resolvable), publishes and withdraws procedures, changes the province's own parts as a
 * new draft version, records change requests whose deadlines come from the calendar; other roles may not.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"dvc.demo-data=true", CatalogFixtures.PROPERTIES})
class CatalogAdministrationTest {

    @Autowired
    CatalogAdministration administration;

    @Autowired
    ChangeRequests changes;

    @Autowired
    Agencies agencies;

    @Autowired
    Procedures procedures;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void mergingTwoCommunesKeepsTheOldCodesResolvable(PublishedEvents events) {
        administration.createAgency(commune("000.41.22.H63", "Ủy ban nhân dân xã Tuy Lộc", "2008-01-01"));
        administration.createAgency(commune("000.42.22.H63", "Ủy ban nhân dân xã Minh Bảo", "2008-01-01"));
        administration.createAgency(commune("000.43.22.H63", "Ủy ban nhân dân xã Tuy Lộc mới", "2026-07-01"));

        administration.succeed(List.of("000.41.22.H63", "000.42.22.H63"), "000.43.22.H63", LocalDate.of(2026, 7, 1),
                "Nghị quyết số 1/NQ-UBTVQH ngày 16/6/2026");

        for (String old : List.of("000.41.22.H63", "000.42.22.H63")) {
            Agency ceased = agencies.find(old).orElseThrow();
            assertThat(ceased.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(ceased.successorCode()).isEqualTo("000.43.22.H63");
            assertThat(agencies.current(old)).map(Agency::code).contains("000.43.22.H63");
            assertThat(agencies.isWithin(old, "000.00.00.H63")).isTrue();
        }
        assertThat(agencies.isWithin("000.43.22.H63", "000.00.00.H63")).isTrue();
        assertThat(agencies.isWithin("000.43.22.H63", "000.41.22.H63")).isFalse();
        assertThat(agencies.predecessors("000.43.22.H63")).extracting(Agency::code)
                .containsExactlyInAnyOrder("000.41.22.H63", "000.42.22.H63");
        assertThat(events.ofType(AgencySucceeded.class)).extracting(AgencySucceeded::predecessorCode)
                .containsExactlyInAnyOrder("000.41.22.H63", "000.42.22.H63");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'catalog.agency.succeeded'")
                .query(String.class).list()).hasSize(2).containsOnly("demo.centre");
    }

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void aMergeIntoAnUnknownOrNotYetValidSuccessorIsRefused() {
        assertThatThrownBy(() -> administration.succeed(List.of("000.01.31.H63"), "000.99.99.H63",
                LocalDate.of(2026, 7, 1), "NQ"))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors().getFirst().field())
                        .isEqualTo("successorCode"));
        assertThat(agencies.find("000.01.31.H63").orElseThrow().validTo()).isNull();
    }

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void aNewAgencyMustCarryTheProvinceCode() {
        assertThatThrownBy(() -> administration.createAgency(commune("000.44.22.H38", "Ủy ban nhân dân xã X", "2026-01-01")))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("catalog.agency.error.code.province"));
    }

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void publishingWithdrawingAndChangingTheProvincesParts(PublishedEvents events) {
        int draft = administration.changeLocalParts("2.000815", new CatalogAdministration.LocalParts("FULL", "16:00",
                "SELF_DECLARED", "Trung tâm Phục vụ hành chính công tỉnh Yên Bái", "Không"));

        assertThat(draft).isEqualTo(2);
        assertThat(procedures.findPublished("2.000815").orElseThrow().version()).isEqualTo(1);
        assertThat(procedures.find("2.000815", 2).orElseThrow().status()).isEqualTo(Procedure.Status.DRAFT);

        administration.publish("2.000815", 2);
        assertThat(procedures.findPublished("2.000815").orElseThrow().cutoff()).hasToString("16:00");
        assertThat(procedures.find("2.000815", 1).orElseThrow().status()).isEqualTo(Procedure.Status.SUPERSEDED);
        assertThat(events.ofType(ProcedurePublished.class)).extracting(ProcedurePublished::version).contains(2);

        administration.withdraw("2.000815");
        assertThat(procedures.findPublished("2.000815")).isEmpty();
        assertThat(procedures.find("2.000815", 2).orElseThrow().status()).isEqualTo(Procedure.Status.WITHDRAWN);
        assertThat(events.ofType(ProcedureWithdrawn.class)).extracting(ProcedureWithdrawn::code).contains("2.000815");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE object_id = '2.000815' ORDER BY occurred_at")
                .query(String.class).list()).containsSubsequence("catalog.procedure.changed",
                "catalog.procedure.published", "catalog.procedure.withdrawn");

        assertThatThrownBy(() -> administration.changeLocalParts("1.001193", new CatalogAdministration.LocalParts(
                "SOMETIMES", "3pm", "NOBODY", "", "")))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                        .extracting(vn.dvc.portal.platform.FormError::field)
                        .containsExactly("onlineLevel", "cutoff", "requiredAssurance", "receivingAddress"));
    }

    @Test
    @WithMockUser(username = "demo.centre", roles = "CENTRE")
    void changeRequestDeadlinesComeFromTheCalendarAndLateOnesShow() {
        ChangeRequests.ChangeRequest agency = request(changes.record(new ChangeRequests.Draft("AGENCY", "000.00.15.H63",
                "Đổi số điện thoại", "Công văn số 12/STP-VP", "2026-03-02")));
        ChangeRequests.ChangeRequest procedure = request(changes.record(new ChangeRequests.Draft("PROCEDURE", "1.001193",
                "Sửa thành phần hồ sơ", "Quyết định số 1872/QĐ-BTP", "2026-03-02")));

        // Monday 2 March 2026: 5 working days end on Friday 6 March at 17:00; 10 on Friday 13 March
        assertThat(agency.due()).isEqualTo(OffsetDateTime.parse("2026-03-06T17:00+07:00"));
        assertThat(procedure.due()).isEqualTo(OffsetDateTime.parse("2026-03-13T17:00+07:00"));
        assertThat(agency.late()).isTrue();

        changes.complete(agency.id());
        assertThat(request(agency.id()).done()).isTrue();
        assertThatThrownBy(() -> changes.record(new ChangeRequests.Draft("AGENCY", "000.77.77.H63", "", "", "hôm qua")))
                .isInstanceOfSatisfying(RefusedInput.class, e -> assertThat(e.errors())
                        .extracting(vn.dvc.portal.platform.FormError::field)
                        .containsExactly("cr-subject", "cr-summary", "cr-basis", "cr-basisDate"));
    }

    @Test
    @WithMockUser(username = "demo.desk", roles = "DESK")
    void onlyTheCentreMayChangeTheCatalogue() {
        assertThatThrownBy(() -> administration.withdraw("1.001193")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changes.list()).isInstanceOf(AccessDeniedException.class);
        assertThat(procedures.findPublished("1.001193")).isPresent();
    }

    @Test
    void withoutSignInNothingChanges() {
        assertThatThrownBy(() -> administration.publish("1.001193", 1))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private ChangeRequests.ChangeRequest request(java.util.UUID id) {
        return changes.list().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static AgencyDraft commune(String code, String name, String from) {
        return new AgencyDraft(code, name, name.replace("Ủy ban nhân dân", "UBND"), "COMMUNE", "000.00.00.H63",
                "Thành phố Yên Bái", "0216 3 800 000", "xa@yenbai.gov.vn", "TIEU_CHUAN", true, null, null, null, null,
                from, null, null);
    }
}
