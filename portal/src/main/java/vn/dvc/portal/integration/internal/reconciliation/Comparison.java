package vn.dvc.portal.integration.internal.reconciliation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The comparison of a reconciliation, plain Java: our dossiers received in the period against what the National
 * Portal knows, matched by dossier code (MaHoSo).
 *
 * <p>The counts, per agency and national status code: ours are our dossiers received in the period by their agency
 * and status now; theirs are the National Portal's records whose own date of receipt falls in the period, by their
 * agency ({@code DonViXuLy}) and status. A cell is <em>khớp</em> (matched) when both counts are equal and no differing
 * dossier is behind either; the report matches when no dossier differs (then every cell matches).
 *
 * <p>Each dossier that differs is listed once with the first of these that applies:
 * <ol>
 *   <li>{@link Kind#MISSING_AT_NATIONAL}: ours, and the National Portal knows no record of it;</li>
 *   <li>{@link Kind#UNKNOWN_HERE}: the National Portal's, received in the period by its record, and we have no
 *       dossier with that code;</li>
 *   <li>{@link Kind#RECEIVED_DATE_DIFFERS}: both sides know it, but only one side's date of receipt is in the
 *       period;</li>
 *   <li>{@link Kind#AGENCY_DIFFERS}: the National Portal counts it under another agency;</li>
 *   <li>{@link Kind#STATUS_DIFFERS}: the National Portal shows another status (ours X, theirs Y).</li>
 * </ol>
 */
final class Comparison {

    /** The kinds of difference, in the order a dossier is checked for them (and the report lists them). */
    public enum Kind {
        MISSING_AT_NATIONAL, UNKNOWN_HERE, RECEIVED_DATE_DIFFERS, AGENCY_DIFFERS, STATUS_DIFFERS
    }

    /**
     * One of our dossiers.
     *
     * @param agency the agency the National Portal counts it under ({@code DonViXuLy})
     * @param status its national status code now
     */
    record Ours(String code, UUID dossierId, String agency, int status, LocalDate receivedOn) {
    }

    /**
     * A dossier as the National Portal knows it.
     *
     * @param status     its {@code TrangThaiHoSo} (0 when unreadable)
     * @param receivedOn the day of its {@code NgayTiepNhan}, null when unreadable
     * @param listed     returned by an agency's list for the period (so counted in it whatever its date says);
     *                   false when found by a look-up by code
     */
    record Theirs(String code, String agency, int status, @Nullable LocalDate receivedOn, boolean listed) {

        boolean inPeriod(Period period) {
            return listed || receivedOn != null && period.contains(receivedOn);
        }
    }

    /** One agency and status: our count, theirs, and whether they match. */
    record Cell(String agency, int status, int ours, int theirs, boolean matched) {
    }

    /** A dossier that differs; each side's facts where that side knows it. */
    record Difference(String code, Kind kind, @Nullable UUID dossierId, @Nullable String ourAgency,
                      @Nullable String theirAgency, @Nullable Integer ourStatus, @Nullable Integer theirStatus,
                      @Nullable LocalDate ourReceivedOn, @Nullable LocalDate theirReceivedOn) {
    }

    /** The result: the cells by agency and status, the differing dossiers by kind and code, and the totals. */
    record Outcome(List<Cell> cells, List<Difference> differences, int ours, int theirs) {

        Outcome {
            cells = List.copyOf(cells);
            differences = List.copyOf(differences);
        }

        boolean matched() {
            return differences.isEmpty();
        }
    }

    private Comparison() {
    }

    /**
     * @param ours      our dossiers received in the period
     * @param theirs    the National Portal's records: its lists for the period and what the look-ups by code found
     * @param elsewhere our dossiers, received outside the period, with a code only the National Portal listed
     */
    static Outcome compare(Period period, Collection<Ours> ours, Collection<Theirs> theirs,
            Map<String, Ours> elsewhere) {
        Map<String, Ours> ourByCode = new LinkedHashMap<>();
        ours.forEach(o -> ourByCode.putIfAbsent(o.code(), o));
        Map<String, Theirs> theirByCode = new LinkedHashMap<>();
        theirs.forEach(t -> theirByCode.merge(t.code(), t, (a, b) -> a.listed() ? a : b));

        List<Difference> differences = new ArrayList<>();
        Set<String> codes = new TreeSet<>(ourByCode.keySet());
        codes.addAll(theirByCode.keySet());
        for (String code : codes) {
            Ours our = ourByCode.get(code);
            Theirs their = theirByCode.get(code);
            Difference difference = our != null ? compare(period, our, their) : unknownHere(period, their, elsewhere);
            if (difference != null) {
                differences.add(difference);
            }
        }
        differences.sort(Comparator.comparing(Difference::kind).thenComparing(Difference::code));

        Map<Key, int[]> counts = new TreeMap<>();
        for (Ours our : ourByCode.values()) {
            counts.computeIfAbsent(new Key(our.agency(), our.status()), k -> new int[2])[0]++;
        }
        int theirTotal = 0;
        for (Theirs their : theirByCode.values()) {
            if (their.inPeriod(period)) {
                counts.computeIfAbsent(new Key(their.agency(), their.status()), k -> new int[2])[1]++;
                theirTotal++;
            }
        }
        Set<Key> touched = new HashSet<>();
        for (Difference d : differences) {
            Ours our = ourByCode.get(d.code());
            Theirs their = theirByCode.get(d.code());
            if (our != null) {
                touched.add(new Key(our.agency(), our.status()));
            }
            if (their != null && their.inPeriod(period)) {
                touched.add(new Key(their.agency(), their.status()));
            }
        }
        List<Cell> cells = new ArrayList<>();
        counts.forEach((key, count) -> cells.add(new Cell(key.agency(), key.status(), count[0], count[1],
                count[0] == count[1] && !touched.contains(key))));
        return new Outcome(cells, differences, ourByCode.size(), theirTotal);
    }

    private static @Nullable Difference compare(Period period, Ours our, @Nullable Theirs their) {
        if (their == null) {
            return new Difference(our.code(), Kind.MISSING_AT_NATIONAL, our.dossierId(), our.agency(), null,
                    our.status(), null, our.receivedOn(), null);
        }
        Kind kind = !their.inPeriod(period) ? Kind.RECEIVED_DATE_DIFFERS
                : !our.agency().equals(their.agency()) ? Kind.AGENCY_DIFFERS
                : our.status() != their.status() ? Kind.STATUS_DIFFERS
                : null;
        return kind == null ? null : both(kind, our, their);
    }

    private static @Nullable Difference unknownHere(Period period, @Nullable Theirs their,
            Map<String, Ours> elsewhere) {
        if (their == null || !their.inPeriod(period)) {
            return null; // a look-up found it outside the period, and we do not count it in the period either
        }
        Ours our = elsewhere.get(their.code());
        if (our == null) {
            return new Difference(their.code(), Kind.UNKNOWN_HERE, null, null, their.agency(), null, their.status(),
                    null, their.receivedOn());
        }
        return both(Kind.RECEIVED_DATE_DIFFERS, our, their);
    }

    private static Difference both(Kind kind, Ours our, Theirs their) {
        return new Difference(our.code(), kind, our.dossierId(), our.agency(), their.agency(), our.status(),
                their.status(), our.receivedOn(), their.receivedOn());
    }

    private record Key(String agency, int status) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byAgency = agency.compareTo(other.agency);
            return byAgency != 0 ? byAgency : Integer.compare(status, other.status);
        }
    }
}
