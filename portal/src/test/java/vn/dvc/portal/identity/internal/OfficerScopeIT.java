package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.identity.AccountKind;
import vn.dvc.portal.identity.OfficerScope;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.identity.SignedInUser;
import vn.dvc.portal.platform.AssuranceLevel;
import vn.dvc.portal.platform.PortalTest;

/** The one scope check (#5 item 5) over the catalogue's demo agency tree, successors included. */
@PortalTest
class OfficerScopeIT {

    @Autowired
    OfficerScope scope;

    @Autowired
    AccountStore store;

    @Autowired
    Agencies agencies;

    @Autowired
    Clock clock;

    SignedInUser demo(String username) {
        return store.findByUsername(username).orElseThrow().toPrincipal();
    }

    @Test
    void aDepartmentsOfficerCoversTheDepartmentOnlyAndTheCentreCoversTheProvince() {
        SignedInUser desk = demo("demo.specialist");
        SignedInUser centre = demo("demo.centre");
        assertThat(desk.getScopeCode()).isEqualTo("000.00.15.H63");
        assertThat(demo("demo.desk").getScopeCode()).as("the Centre's one-stop desk").isEqualTo("000.00.00.H63");
        assertThat(centre.getScopeCode()).isEqualTo("000.00.00.H63");
        List<Agency> all = agencies.validOn(LocalDate.now(clock));
        Agency district = all.stream().filter(a -> a.level().code().equals("DISTRICT")).findFirst().orElseThrow();

        assertThat(scope.covers(desk, "000.00.15.H63")).isTrue();
        assertThat(scope.covers(desk, district.code())).isFalse();
        assertThat(scope.covers(desk, "000.00.01.H63")).isFalse();
        assertThat(all).allSatisfy(agency -> assertThat(scope.covers(centre, agency.code())).isTrue());
        assertThat(scope.covers(centre, "000.00.00.H38")).as("another province").isFalse();
        // an agency below the department is covered by the department's officers
        all.stream().filter(a -> "000.00.15.H63".equals(a.parentCode()))
                .forEach(unit -> assertThat(scope.covers(desk, unit.code())).isTrue());
    }

    @Test
    void applicantsCoverNothing() {
        SignedInUser citizen = demo("demo.citizen");
        assertThat(scope.covers(citizen, "000.00.15.H63")).isFalse();
        SignedInUser officerWithoutRole = new SignedInUser(UUID.randomUUID(), "x", "X", AccountKind.OFFICER,
                EnumSet.noneOf(Role.class), AssuranceLevel.VERIFIED_BY_CODE, "000.00.15.H63");
        assertThat(scope.covers(officerWithoutRole, "000.00.15.H63")).isFalse();
    }

    @Test
    void aMergedAgencysAffairsBelongToTheScopeOfItsSuccessor() {
        List<Agency> history = agencies.subtree("000.00.00.H63").stream()
                .filter(a -> a.successorCode() != null).toList();
        assertThat(history).as("the demo catalogue records at least one merger").isNotEmpty();
        Agency predecessor = history.getFirst();
        Agency successor = agencies.current(predecessor.code()).orElseThrow();
        assertThat(successor.code()).isNotEqualTo(predecessor.code());
        SignedInUser successorsOfficer = new SignedInUser(UUID.randomUUID(), "x", "X", AccountKind.OFFICER,
                EnumSet.of(Role.SPECIALIST), AssuranceLevel.VERIFIED_BY_CODE, successor.code());
        assertThat(scope.covers(successorsOfficer, predecessor.code())).isTrue();
    }
}
