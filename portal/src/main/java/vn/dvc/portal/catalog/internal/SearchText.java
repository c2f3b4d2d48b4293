package vn.dvc.portal.catalog.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The diacritics-free form of Vietnamese text that search compares: NFD, combining marks removed, đ/Đ → d,
 * lower case, every run of other characters than letters and digits one space. "Đăng ký khai sinh" →
 * "dang ky khai sinh". Computed in Java and stored (PostgreSQL's {@code unaccent()} is not immutable, so it
 * cannot back an index).
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.]+");
    /** A dot that is not inside a number such as a procedure code (1.001193). */
    private static final Pattern LOOSE_DOT = Pattern.compile("(?<![0-9])\\.|\\.(?![0-9])");

    private SearchText() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
        String spaced = SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return LOOSE_DOT.matcher(spaced).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }
}
