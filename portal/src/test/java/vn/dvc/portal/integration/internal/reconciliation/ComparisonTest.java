package vn.dvc.portal.integration.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.integration.internal.reconciliation.Comparison.Cell;
import vn.dvc.portal.integration.internal.reconciliation.Comparison.Difference;
import vn.dvc.portal.integration.internal.reconciliation.Comparison.Kind;
import vn.dvc.portal.integration.internal.reconciliation.Comparison.Ours;
import vn.dvc.portal.integration.internal.reconciliation.Comparison.Theirs;

/**
 * The comparison of the daily reconciliation (#15, INT-1, INT-2): counts per agency and national status, "khớp" only
 * when the same dossiers are behind equal counts, and each differing dossier once with the first kind that applies.
 */
class ComparisonTest {

    static final String JUSTICE = "000.00.15.H63";
    static final String WARD = "000.21.40.H63";
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final Period PERIOD = new Period(DAY.minusDays(6), DAY);

    private static Ours ours(String code, String agency, int status, LocalDate on) {
        return new Ours(code, UUID.nameUUIDFromBytes(code.getBytes()), agency, status, on);
    }

    private static Theirs listed(String code, String agency, int status) {
        return new Theirs(code, agency, status, DAY, true);
    }

    @Test
    void theSameDossiersWithTheSameAgencyAndStatusMatchEverywhere() {
        var outcome = Comparison.compare(PERIOD,
                List.of(ours("A-1", JUSTICE, 4, DAY), ours("A-2", JUSTICE, 4, DAY), ours("B-1", WARD, 10, DAY)),
                List.of(listed("A-1", JUSTICE, 4), listed("A-2", JUSTICE, 4), listed("B-1", WARD, 10)), Map.of());

        assertThat(outcome.matched()).isTrue();
        assertThat(outcome.differences()).isEmpty();
        assertThat(outcome.cells()).containsExactly(new Cell(JUSTICE, 4, 2, 2, true), new Cell(WARD, 10, 1, 1, true));
        assertThat(outcome.ours()).isEqualTo(3);
        assertThat(outcome.theirs()).isEqualTo(3);
    }

    @Test
    void nothingOnEitherSideMatchesWithNoCells() {
        var outcome = Comparison.compare(PERIOD, List.of(), List.of(), Map.of());
        assertThat(outcome.matched()).isTrue();
        assertThat(outcome.cells()).isEmpty();
    }

    @Test
    void aDossierTheNationalPortalNeverGotIsMissingThereAndItsCellDiffers() {
        var outcome = Comparison.compare(PERIOD,
                List.of(ours("A-1", JUSTICE, 4, DAY), ours("A-2", JUSTICE, 4, DAY)),
                List.of(listed("A-1", JUSTICE, 4)), Map.of());

        assertThat(outcome.matched()).isFalse();
        assertThat(outcome.differences()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("A-2");
            assertThat(d.kind()).isEqualTo(Kind.MISSING_AT_NATIONAL);
            assertThat(d.dossierId()).isNotNull();
            assertThat(d.ourStatus()).isEqualTo(4);
            assertThat(d.theirAgency()).isNull();
            assertThat(d.theirStatus()).isNull();
        });
        assertThat(outcome.cells()).containsExactly(new Cell(JUSTICE, 4, 2, 1, false));
    }

    @Test
    void anotherStatusThereIsReportedWithBothStatusesAndBothCellsDiffer() {
        var outcome = Comparison.compare(PERIOD, List.of(ours("A-1", JUSTICE, 9, DAY)),
                List.of(listed("A-1", JUSTICE, 4)), Map.of());

        assertThat(outcome.differences()).containsExactly(new Difference("A-1", Kind.STATUS_DIFFERS,
                UUID.nameUUIDFromBytes("A-1".getBytes()), JUSTICE, JUSTICE, 9, 4, DAY, DAY));
        assertThat(outcome.cells()).containsExactly(new Cell(JUSTICE, 4, 0, 1, false), new Cell(JUSTICE, 9, 1, 0, false));
    }

    @Test
    void equalCountsOverDifferentDossiersAreNotAMatch() {
        // one missing there, another unknown here: 1 = 1 in the cell, but not the same dossier
        var outcome = Comparison.compare(PERIOD, List.of(ours("A-1", JUSTICE, 4, DAY)),
                List.of(listed("A-9", JUSTICE, 4)), Map.of());

        assertThat(outcome.cells()).containsExactly(new Cell(JUSTICE, 4, 1, 1, false));
        assertThat(outcome.differences()).extracting(Difference::code, Difference::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", Kind.MISSING_AT_NATIONAL),
                        org.assertj.core.groups.Tuple.tuple("A-9", Kind.UNKNOWN_HERE));
    }

    @Test
    void anotherAgencyThereIsReportedBeforeAnotherStatus() {
        var outcome = Comparison.compare(PERIOD, List.of(ours("A-1", JUSTICE, 4, DAY)),
                List.of(listed("A-1", WARD, 2)), Map.of());

        assertThat(outcome.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.AGENCY_DIFFERS);
            assertThat(d.ourAgency()).isEqualTo(JUSTICE);
            assertThat(d.theirAgency()).isEqualTo(WARD);
            assertThat(d.ourStatus()).isEqualTo(4);
            assertThat(d.theirStatus()).isEqualTo(2);
        });
        assertThat(outcome.cells()).extracting(Cell::matched).containsOnly(false);
    }

    @Test
    void aDossierFoundByCodeWithItsDateOutsideThePeriodDiffersByDateAndIsNotCountedThere() {
        var outcome = Comparison.compare(PERIOD, List.of(ours("A-1", JUSTICE, 4, DAY)),
                List.of(new Theirs("A-1", JUSTICE, 4, DAY.minusDays(30), false)), Map.of());

        assertThat(outcome.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.RECEIVED_DATE_DIFFERS);
            assertThat(d.ourReceivedOn()).isEqualTo(DAY);
            assertThat(d.theirReceivedOn()).isEqualTo(DAY.minusDays(30));
        });
        assertThat(outcome.theirs()).isZero();
        assertThat(outcome.cells()).containsExactly(new Cell(JUSTICE, 4, 1, 0, false));
    }

    @Test
    void aDossierFoundByCodeInThePeriodButNotListedIsCountedAndCompared() {
        // the lists missed it (another agency asked), the look-up by code found it: same agency, same status
        var outcome = Comparison.compare(PERIOD, List.of(ours("A-1", JUSTICE, 4, DAY)),
                List.of(new Theirs("A-1", JUSTICE, 4, DAY, false)), Map.of());
        assertThat(outcome.matched()).isTrue();
        assertThat(outcome.cells()).containsExactly(new Cell(JUSTICE, 4, 1, 1, true));
    }

    @Test
    void aListedDossierWeReceivedOutsideThePeriodDiffersByDateNotAsUnknown() {
        Ours earlier = ours("A-7", JUSTICE, 10, DAY.minusDays(40));
        var outcome = Comparison.compare(PERIOD, List.of(), List.of(listed("A-7", JUSTICE, 10)),
                Map.of("A-7", earlier));

        assertThat(outcome.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.RECEIVED_DATE_DIFFERS);
            assertThat(d.dossierId()).isEqualTo(earlier.dossierId());
            assertThat(d.ourReceivedOn()).isEqualTo(DAY.minusDays(40));
        });
        assertThat(outcome.cells()).containsExactly(new Cell(JUSTICE, 10, 0, 1, false));
    }

    @Test
    void aDossierOnlyTheNationalPortalKnowsIsUnknownHereWithoutALink() {
        var outcome = Comparison.compare(PERIOD, List.of(), List.of(listed("X-1", WARD, 1)), Map.of());
        assertThat(outcome.differences()).containsExactly(new Difference("X-1", Kind.UNKNOWN_HERE, null, null, WARD,
                null, 1, null, DAY));
    }

    @Test
    void differencesAreListedByKindThenCode() {
        var outcome = Comparison.compare(PERIOD,
                List.of(ours("C", JUSTICE, 4, DAY), ours("B", JUSTICE, 4, DAY), ours("A", JUSTICE, 9, DAY)),
                List.of(listed("A", JUSTICE, 4), listed("D", JUSTICE, 4)), Map.of());
        assertThat(outcome.differences()).extracting(Difference::code).containsExactly("B", "C", "D", "A");
    }

    @Test
    void aPeriodRunsForwardAndForAtMostAYear() {
        assertThat(Period.lastDays(DAY, 1)).isEqualTo(new Period(DAY, DAY));
        assertThat(Period.lastDays(DAY, 92).from()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)).contains(DAY)).isTrue();
        assertThatThrownBy(() -> new Period(DAY, DAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(DAY, DAY.plusDays(366))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAgencyIsReadFromItsCodeOrFromTheNameOfExactlyOneAgency() {
        var level = new vn.dvc.portal.catalog.AgencyLevel("COMMUNE", "Cấp xã", 3);
        java.util.function.BiFunction<String, String, vn.dvc.portal.catalog.Agency> agency = (code, name) ->
                new vn.dvc.portal.catalog.Agency(code, name, name.replace("Ủy ban nhân dân", "UBND"), level,
                        "000.00.00.H63", "", "", "", "TIEU_CHUAN", false, null, LocalDate.of(2020, 1, 1), null, null);
        AgencyCodes codes = AgencyCodes.of(List.of(agency.apply(WARD, "Ủy ban nhân dân phường Đồng Tâm"),
                        agency.apply("000.22.40.H63", "Ủy ban nhân dân xã Tân Thịnh"),
                        agency.apply("000.23.40.H63", "Ủy ban nhân dân xã Tân Thịnh")),
                code -> code.equals("000.99.40.H63"));

        assertThat(codes.code(WARD)).isEqualTo(WARD);
        assertThat(codes.code(" 000.99.40.H63 ")).as("a past agency of the catalogue").isEqualTo("000.99.40.H63");
        assertThat(codes.code("Uỷ ban nhân dân phường Đồng Tâm")).as("another spelling").isEqualTo(WARD);
        assertThat(codes.code("UBND phường Đồng Tâm")).as("the short name").isEqualTo(WARD);
        assertThat(codes.code("Ủy ban nhân dân xã Tân Thịnh")).as("two agencies of that name").isNull();
        assertThat(codes.code("Sở Tư pháp")).isNull();
        assertThat(codes.code("")).isNull();
        assertThat(codes.code(null)).isNull();
    }

    @Test
    void theNationalStatusAndDateAreReadTolerantly() {
        assertThat(NationalFigures.status("4")).isEqualTo(4);
        assertThat(NationalFigures.status(" 10 ".strip())).isEqualTo(10);
        assertThat(NationalFigures.status("11")).isZero();
        assertThat(NationalFigures.status("Đang xử lý")).isZero();
        assertThat(NationalFigures.status(null)).isZero();
        // 23:30 on 6 December in Yên Bái is still the 6th, whatever UTC says
        assertThat(NationalFigures.receivedOn("20261206233000")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(NationalFigures.receivedOn("20261206")).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(NationalFigures.receivedOn("06/12/2026")).isNull();
        assertThat(NationalFigures.receivedOn(null)).isNull();
    }
}
