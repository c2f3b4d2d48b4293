package vn.dvc.portal.integration.internal.reconciliation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.dossier.DossierStatus;

/**
 * A report as the page and the workbook show it: the header, the cells with the agencies' names and the statuses'
 * message keys (the dossier module's names of the ten national codes), the differing dossiers with both sides.
 */
public record ReportView(ReconciliationStore.Report report, List<CellRow> cells, List<DifferenceRow> differences) {

    /** The message key of a national status's name; 0 (not one of the ten) has a key of its own. */
    static String statusKey(int code) {
        return code >= 1 && code <= 10 ? DossierStatus.namingNationalCode(code).messageKey()
                : "integration.reconciliation.status.unknown";
    }

    public record CellRow(String agencyCode, String agencyName, int status, String statusKey, int ours, int theirs,
                   boolean matched) {
    }

    /** One side's facts of a differing dossier; {@link #known()} false when that side has no record of it. */
    public record Side(@Nullable String agencyCode, @Nullable String agencyName, @Nullable Integer status,
                @Nullable String statusKey, @Nullable LocalDate receivedOn) {

        public boolean known() {
            return agencyCode != null;
        }
    }

    public record DifferenceRow(String code, Comparison.Kind kind, @Nullable UUID dossierId, Side ours, Side theirs) {

        public String kindKey() {
            return "integration.reconciliation.kind." + kind.name();
        }
    }

    static ReportView of(ReconciliationStore.Report report, List<Comparison.Cell> cells,
            List<Comparison.Difference> differences, Function<String, String> agencyNames) {
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = code -> names.computeIfAbsent(code, agencyNames);
        return new ReportView(report,
                cells.stream().map(c -> new CellRow(c.agency(), name.apply(c.agency()), c.status(),
                        statusKey(c.status()), c.ours(), c.theirs(), c.matched())).toList(),
                differences.stream().map(d -> new DifferenceRow(d.code(), d.kind(), d.dossierId(),
                        side(d.ourAgency(), d.ourStatus(), d.ourReceivedOn(), name),
                        side(d.theirAgency(), d.theirStatus(), d.theirReceivedOn(), name))).toList());
    }

    private static Side side(@Nullable String agency, @Nullable Integer status, @Nullable LocalDate receivedOn,
            Function<String, String> name) {
        if (agency == null) {
            return new Side(null, null, null, null, null);
        }
        return new Side(agency, name.apply(agency), status, status == null ? null : statusKey(status), receivedOn);
    }
}
