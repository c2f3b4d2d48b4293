package vn.dvc.portal.processing.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.portal.dossier.HistoryVerification;

/** Processing for other systems and auditors: the proof that a dossier's history has not been altered. */
@RestController
@Tag(name = "Processing", description = "Dossier processing (#7)")
class ProcessingApi {

    /**
     * @param entries     the entries checked
     * @param intact      whether every entry's keyed hash matches and the last leads to the present state
     * @param firstBroken the sequence of the first entry that does not match, null when intact
     */
    record VerificationJson(String dossierId, int entries, boolean intact, @Nullable Long firstBroken) {
    }

    private final CaseQueries queries;

    ProcessingApi(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/processing/{dossierId}/history/verification")
    @Operation(summary = "Verifies a dossier's hash-chained history (officers who may see the dossier)")
    VerificationJson verification(@PathVariable UUID dossierId) {
        HistoryVerification v = queries.verification(dossierId);
        return new VerificationJson(dossierId.toString(), v.entries(), v.intact(), v.firstBroken());
    }
}
