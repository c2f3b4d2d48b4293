package vn.dvc.portal.feedback.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from text before it is published in the FAQ (QA-5, Decree 13/2023): the asker's
 * names, then e-mail addresses, Vietnamese phone numbers (0 or +84 and 9–10 more digits, spaces, dots or
 * dashes between) and identity document numbers (9 or 12 digits, spaces allowed between groups of three;
 * passports: one capital and 7 digits).
 */
final class PersonalDataMasking {

    static final String NAME = "[họ tên đã ẩn]";
    static final String EMAIL = "[thư điện tử đã ẩn]";
    static final String PHONE = "[số điện thoại đã ẩn]";
    static final String ID_NUMBER = "[số giấy tờ đã ẩn]";

    private static final Pattern EMAILS = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(\\.[\\p{L}0-9-]+)+");
    private static final Pattern PHONES = Pattern.compile("(?<![0-9])(?:\\+84|0084|0)(?:[ .-]?[0-9]){9,10}(?![0-9])");
    private static final Pattern ID_NUMBERS = Pattern.compile(
            "(?<![0-9])[0-9]{3} ?[0-9]{3} ?[0-9]{3}(?: ?[0-9]{3})?(?![0-9])");
    private static final Pattern PASSPORTS = Pattern.compile("\\b[A-Z][0-9]{7}\\b");

    private PersonalDataMasking() {
    }

    static String mask(String text, Collection<String> names) {
        String result = text;
        for (String name : names) {
            if (name != null && name.strip().length() >= 2) {
                result = Pattern.compile(Pattern.quote(name.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(result).replaceAll(Matcher.quoteReplacement(NAME));
            }
        }
        result = EMAILS.matcher(result).replaceAll(Matcher.quoteReplacement(EMAIL));
        result = PHONES.matcher(result).replaceAll(Matcher.quoteReplacement(PHONE));
        result = ID_NUMBERS.matcher(result).replaceAll(Matcher.quoteReplacement(ID_NUMBER));
        return PASSPORTS.matcher(result).replaceAll(Matcher.quoteReplacement(ID_NUMBER));
    }

    /** Whether the text still looks like it holds a phone, e-mail or ID number. */
    static boolean looksPersonal(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return EMAILS.matcher(lower).find() || PHONES.matcher(text).find() || ID_NUMBERS.matcher(text).find();
    }
}
