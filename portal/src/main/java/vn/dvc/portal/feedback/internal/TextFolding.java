package vn.dvc.portal.feedback.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The diacritics-free form used for search: NFC, marks stripped, đ → d, lower case, spaces collapsed. */
final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {
    }

    static String fold(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('đ', 'd').replace('Đ', 'D');
        String stripped = MARKS.matcher(Normalizer.normalize(nfc, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
