package vn.dvc.portal.feedback.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of Art. 18.1 (QA-2): a question is written in Vietnamese with diacritics and without
 * abbreviations. The rule (documented in {@code docs/feedback.md}):
 * <ul>
 *   <li>abbreviations: any lower-case word of {@link #ABBREVIATIONS} ("ko", "k", "dc", "đc", "ntn", "j" …) is
 *       refused and named in the message (upper-case acronyms such as UBND, CCCD, TTHC are accepted);</li>
 *   <li>no diacritics: with at least {@link #MIN_WORDS} words, fewer than {@link #MIN_MARKED_SHARE} of them
 *       carry a Vietnamese letter with a mark (ordinary Vietnamese prose has well over half), or at least two
 *       words of {@link #ALWAYS_MARKED} (words that are never written without marks, e.g. "khong", "duoc")
 *       appear unmarked.</li>
 * </ul>
 */
final class QuestionWording {

    static final int MIN_WORDS = 6;
    static final double MIN_MARKED_SHARE = 0.3;

    static final Set<String> ABBREVIATIONS = Set.of("ko", "k", "kh", "khg", "hok", "dc", "đc", "đk", "dk", "ntn",
            "j", "z", "vs", "cx", "mn", "mk", "mik", "bn", "ng", "nc", "trc", "bít", "bik", "thik", "hs", "tl", "sn",
            "oke", "ok", "dt", "đt", "r", "wa", "ms");

    /** Syllables that Vietnamese never writes without a mark: seen bare, the text was typed without diacritics. */
    static final Set<String> ALWAYS_MARKED = Set.of("khong", "duoc", "nguoi", "cua", "viec", "thuc", "dieu", "giay",
            "toi", "muon", "nhung", "truong", "phai", "thoi", "nhu", "lam", "gi", "ve", "de", "biet");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern MARKED = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]");

    private QuestionWording() {
    }

    /** What the check found. */
    record Verdict(List<String> abbreviations, boolean withoutDiacritics) {

        boolean acceptable() {
            return abbreviations.isEmpty() && !withoutDiacritics;
        }
    }

    static Verdict check(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        Set<String> abbreviations = new LinkedHashSet<>();
        int words = 0;
        int marked = 0;
        int bareAlwaysMarked = 0;
        Matcher matcher = WORD.matcher(normalised);
        while (matcher.find()) {
            String word = matcher.group();
            if (isAcronym(word)) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.equals(lower) && ABBREVIATIONS.contains(lower)) {
                abbreviations.add(word);
                continue;
            }
            words++;
            if (MARKED.matcher(lower).find()) {
                marked++;
            } else if (ALWAYS_MARKED.contains(lower)) {
                bareAlwaysMarked++;
            }
        }
        boolean bare = bareAlwaysMarked >= 2 || (words >= MIN_WORDS && marked < MIN_MARKED_SHARE * words);
        return new Verdict(new ArrayList<>(abbreviations), bare);
    }

    /** UBND, CCCD, TTHC, a single capital: accepted as recognised symbols. */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }
}
