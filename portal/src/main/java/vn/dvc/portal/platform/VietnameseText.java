package vn.dvc.portal.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text without its diacritics — the one folding every module uses (DESIGN.md: "search also over a
 * diacritics-free form, đ → d").
 *
 * <ul>
 *   <li>{@link #fold}: the form search compares and stores (catalogue and FAQ search columns): marks removed,
 *       đ/Đ → d, lower case, every run of characters other than letters and digits one space, except a dot
 *       inside a number (a procedure code such as 1.001193). "Thủ tục Đăng ký hộ-tịch" → "thu tuc dang ky ho
 *       tich". Computed in Java and stored: PostgreSQL's {@code unaccent()} is not immutable, so it cannot back
 *       an index.</li>
 *   <li>{@link #withoutDiacritics}: the same letters with case and punctuation kept, for texts that go out
 *       in plain letters (an SMS in plain letters costs one part, not three) and for user names.</li>
 * </ul>
 * Decomposed (NFD) and composed (NFC) input give the same result.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.]+");
    /** A dot that is not inside a number such as a procedure code (1.001193). */
    private static final Pattern LOOSE_DOT = Pattern.compile("(?<![0-9])\\.|\\.(?![0-9])");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private VietnameseText() {
    }

    /** "Đã trả kết quả" → "Da tra ket qua": marks removed, đ → d, Đ → D; case and punctuation kept. */
    public static String withoutDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    /** "1.001193 – Hộ-tịch, (cấp xã)." → "1.001193 ho tich cap xa": the form search compares and stores. */
    public static String fold(String text) {
        String spaced = SEPARATORS.matcher(withoutDiacritics(text).toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(LOOSE_DOT.matcher(spaced).replaceAll(" ")).replaceAll(" ").strip();
    }
}
