package vn.dvc.portal.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static vn.dvc.portal.dossier.internal.DossierFixtures.JUSTICE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Procedures;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.Dossiers;
import vn.dvc.portal.dossier.ReceivedDossier;
import vn.dvc.portal.identity.Role;
import vn.dvc.portal.platform.TestClock;

/**
 * The dossier module's read for the reconciliation with the National Portal (#15, INT-1, INT-2): the dossiers
 * received on the days of a period in Asia/Ho_Chi_Minh (not UTC days), each once, in code order, over keyset pages.
 */
@DossierModuleTest
class ReceivedDossiersTest {

    @Autowired
    Procedures procedures;

    @Autowired
    Agencies agencies;

    @Autowired
    Reception reception;

    @Autowired
    Dossiers dossiers;

    @Autowired
    ReceivedDossiers received;

    @Autowired
    TestClock clock;

    @BeforeEach
    void catalogue() {
        given(procedures.findPublished("1.001193")).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(procedures.find("1.001193", 1)).willReturn(Optional.of(DossierFixtures.birthRegistration()));
        given(agencies.find(anyString())).willAnswer(call -> Optional.of(DossierFixtures.agency(call.getArgument(0))));
        DossierFixtures.signInOfficer("demo.desk", Role.DESK, JUSTICE);
    }

    @AfterEach
    void signOutAndBackToRealTime() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private UUID receiveAt(String instant) {
        clock.set(Instant.parse(instant));
        return reception.receive(DossierFixtures.walkIn(Set.of("TP1", "TP2"), List.of()));
    }

    @Test
    void theDossiersReceivedOnTheLocalDaysOfThePeriodInCodeOrder() {
        // 4 March 2031 23:30 in Yên Bái (16:30 UTC): the day before the period
        receiveAt("2031-03-04T16:30:00Z");
        // 5 March 00:10 in Yên Bái, still 4 March in UTC: inside
        UUID first = receiveAt("2031-03-04T17:10:00Z");
        UUID second = receiveAt("2031-03-06T02:00:00Z");
        UUID third = receiveAt("2031-03-06T16:59:00Z"); // 23:59 on the 6th
        receiveAt("2031-03-06T17:00:00Z"); // 00:00 on the 7th: after

        List<ReceivedDossier> seen = new ArrayList<>();
        int count = dossiers.forReconciliation(LocalDate.of(2031, 3, 5), LocalDate.of(2031, 3, 6), seen::add);

        assertThat(count).isEqualTo(3);
        assertThat(seen).extracting(ReceivedDossier::id).containsExactly(first, second, third);
        assertThat(seen).extracting(ReceivedDossier::code).isSorted();
        assertThat(seen).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DossierStatus.RECEIVED);
            assertThat(d.nationalStatusCode()).isEqualTo(2);
            assertThat(d.receivingAgency()).isEqualTo(JUSTICE);
            assertThat(d.competentAgency()).isEqualTo(JUSTICE);
        });
        assertThat(seen.get(0).receivedAt()).isEqualTo(Instant.parse("2031-03-04T17:10:00Z"));

        // a page of one at a time gives the same dossiers, each once
        List<ReceivedDossier> paged = new ArrayList<>();
        assertThat(received.forEach(LocalDate.of(2031, 3, 5), LocalDate.of(2031, 3, 6), paged::add, 1)).isEqualTo(3);
        assertThat(paged).isEqualTo(seen);
        assertThat(dossiers.forReconciliation(LocalDate.of(2031, 3, 8), LocalDate.of(2031, 3, 9), d -> { })).isZero();
    }
}
