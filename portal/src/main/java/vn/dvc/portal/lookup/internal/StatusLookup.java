package vn.dvc.portal.lookup.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import vn.dvc.portal.calendar.Standing;
import vn.dvc.portal.dossier.DossierHistoryEntry;
import vn.dvc.portal.dossier.DossierStatus;
import vn.dvc.portal.dossier.DossierView;
import vn.dvc.portal.dossier.Dossiers;

/**
 * Finds the public status of a dossier code. A malformed code and an unknown one cost the same: the code is
 * checked against the pattern of REGULATORY-FACTS §1 first, and then exactly one look-up by the unique,
 * indexed code runs either way (a malformed code looks up a well-formed code that is never issued), so the
 * answer's timing does not tell them apart.
 */
@Service
class StatusLookup {

    /** {@code <agency code>-<yyMMdd>-<NNNN>}, as the dossier module issues it (DossierCodes). */
    static final Pattern CODE = Pattern.compile(
            "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}-[0-9]{6}-[0-9]{4,9}");
    /** Well-formed, and never issued: no agency has the code 000.00.00.A00 and there is no day 000000. */
    private static final String NEVER_ISSUED = "000.00.00.A00-000000-0000";
    private static final int LONGEST = 40;

    private final Dossiers dossiers;
    private final Clock clock;

    StatusLookup(Dossiers dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** The outcome of one look-up. */
    sealed interface Outcome permits Malformed, Unknown, Found {
    }

    record Malformed() implements Outcome {
    }

    record Unknown() implements Outcome {
    }

    /** @param dossier the dossier, for the officers' page only (never rendered to the public) */
    record Found(PublicStatus status, DossierView dossier) implements Outcome {
    }

    /** Upper case, without spaces around or inside (a scanner or a phone keyboard may add them). */
    static String normalised(String raw) {
        return raw.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    static boolean wellFormed(String code) {
        return code.length() <= LONGEST && CODE.matcher(code).matches();
    }

    Outcome lookup(String raw) {
        String code = normalised(raw);
        boolean wellFormed = wellFormed(code);
        Optional<DossierView> found = dossiers.findByCode(wellFormed ? code : NEVER_ISSUED)
                .filter(view -> code.equals(view.code()));
        if (!wellFormed) {
            return new Malformed();
        }
        return found.<Outcome>map(view -> new Found(status(view), view)).orElseGet(Unknown::new);
    }

    private PublicStatus status(DossierView view) {
        return new PublicStatus(java.util.Objects.requireNonNull(view.code()), view.nationalStatusCode(),
                view.receivedAt(), view.dueAt(), standing(view));
    }

    private Standing standing(DossierView view) {
        Instant due = view.dueAt();
        DossierStatus status = view.status();
        if (due == null || !status.isReceived() || status == DossierStatus.WITHDRAWN
                || status == DossierStatus.STOPPED) {
            return Standing.NOT_APPLICABLE;
        }
        if (status == DossierStatus.WAITING_FOR_SUPPLEMENT) {
            return Standing.PAUSED;
        }
        if (status == DossierStatus.RESULT_READY || status == DossierStatus.RESULT_RETURNED) {
            Instant done = dossiers.history(view.id()).stream()
                    .filter(entry -> entry.to() == DossierStatus.RESULT_READY)
                    .map(DossierHistoryEntry::at).findFirst().orElse(clock.instant());
            return Standing.finished(done, due);
        }
        return Standing.open(clock.instant(), due);
    }
}
