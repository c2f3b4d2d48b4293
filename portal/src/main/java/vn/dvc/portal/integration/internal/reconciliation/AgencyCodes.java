package vn.dvc.portal.integration.internal.reconciliation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.platform.VietnameseText;

/**
 * The agency code a field of the National Portal names. Provinces fill {@code DonViXuLy} with the agency's code or
 * with its name, so both are read: a code of the catalogue as it is, else the full or short name of exactly one
 * agency valid today (compared folded: case, diacritics and punctuation aside); anything else is unknown.
 */
final class AgencyCodes {

    private final Predicate<String> knownCode;
    /** Whether a text is a code of the catalogue, asked once per run (the current agencies are known at once). */
    private final Map<String, Boolean> known = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    private AgencyCodes(Predicate<String> knownCode) {
        this.knownCode = knownCode;
    }

    /**
     * @param current   the agencies valid today, whose names are recognised
     * @param knownCode whether a code is an agency of the catalogue (current or past)
     */
    static AgencyCodes of(List<Agency> current, Predicate<String> knownCode) {
        AgencyCodes codes = new AgencyCodes(knownCode);
        for (Agency agency : current) {
            codes.known.put(agency.code(), true);
            codes.name(agency.name(), agency.code());
            codes.name(agency.shortName(), agency.code());
        }
        return codes;
    }

    private void name(String name, String code) {
        String key = VietnameseText.fold(name);
        if (key.isEmpty()) {
            return;
        }
        String before = byName.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) {
            ambiguous.add(key);
        }
    }

    /** The code {@code text} names, or null when it names no one agency. */
    @Nullable String code(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (known.computeIfAbsent(stripped, knownCode::test)) {
            return stripped;
        }
        String key = VietnameseText.fold(stripped);
        return ambiguous.contains(key) ? null : byName.get(key);
    }
}
