package vn.dvc.portal.lookup.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of an SMS look-up (docs/lookup.md): the keyword {@code HS} in any case, then the dossier code,
 * with any spaces (or none) before, after and between: {@code HS 000.00.15.H63-261201-0007},
 * {@code hs  000.00.15.h63-261201-0007}, {@code Hs000.00.15.H63-261201-0007}. Anything else is not a look-up.
 */
final class SmsCommand {

    private static final Pattern LOOKUP = Pattern.compile("^\\s*[Hh][Ss](?:\\s*[:.\\-]?\\s*)(\\S.*?)\\s*$",
            Pattern.DOTALL);

    private SmsCommand() {
    }

    /** The code of a look-up message (normalised, not yet checked against the code's pattern), else empty. */
    static Optional<String> code(String text) {
        Matcher matcher = LOOKUP.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String code = StatusLookup.normalised(matcher.group(1));
        return StatusLookup.wellFormed(code) ? Optional.of(code) : Optional.empty();
    }
}
