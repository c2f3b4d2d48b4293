package vn.dvc.portal.platform;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;

/**
 * The names of files that clients send and that the portal sends back: the one place that cleans a name a
 * client gave (an upload's, an imported form's) before anything stores or shows it, and that writes the
 * {@code Content-Disposition} header of every download.
 *
 * <p>A clean name is the base name only — no directory, whether written with {@code /} or {@code \} — without
 * control or invisible formatting characters (a right-to-left override could disguise {@code evil‮fdp.exe}),
 * without leading dots (no hidden files, nothing that looks like {@code ..}) and without trailing dots or
 * spaces, in Unicode NFC (Vietnamese letters are kept), at most {@value #MAX_LENGTH} characters with its
 * extension kept. It is never empty: when nothing is left, it is {@value #NEUTRAL} with the extension of the
 * file's content type ({@code tep-dinh-kem.pdf}). Cleaning a clean name changes nothing.
 */
public final class FileNames {

    /** The longest name kept (the columns that store names allow this many characters). */
    public static final int MAX_LENGTH = 255;

    /** The name of a file whose given name leaves nothing, before its extension. */
    public static final String NEUTRAL = "tep-dinh-kem";

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern LEADING = Pattern.compile("^[\\p{IsWhite_Space}.]+");
    private static final Pattern TRAILING = Pattern.compile("[\\p{IsWhite_Space}.]+$");
    private static final int LONGEST_EXTENSION = 10;

    /** The extension of each content type the portal stores or sends as a file. */
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("image/png", "png"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("application/json", "json"),
            Map.entry("application/zip", "zip"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("text/plain", "txt"));

    private FileNames() {
    }

    /**
     * The clean base name of a name a client gave.
     *
     * @param given     the name as sent (a path, an empty name or none at all are all possible)
     * @param mediaType the file's content type, for the extension of the neutral name when nothing is left
     *                  (an unknown or blank type gives the neutral name without an extension)
     */
    public static String clean(@Nullable String given, @Nullable String mediaType) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = INVISIBLE.matcher(name).replaceAll("");
        name = TRAILING.matcher(LEADING.matcher(name).replaceFirst("")).replaceFirst("");
        if (name.length() > MAX_LENGTH) {
            name = shortened(name);
        }
        return name.isEmpty() ? neutral(mediaType) : name;
    }

    /** {@code Content-Disposition: attachment} (save, don't show) for a file called {@code name}. */
    public static String attachment(String name) {
        return disposition(ContentDisposition.attachment(), name);
    }

    /** {@code Content-Disposition: inline} (show in the browser, e.g. a PDF slip) for a file called {@code name}. */
    public static String inline(String name) {
        return disposition(ContentDisposition.inline(), name);
    }

    /**
     * The header value with the clean name both as {@code filename} (ISO-8859-1, for old clients) and as
     * {@code filename*} (UTF-8, RFC 5987), as RFC 6266 describes; built by Spring's {@link ContentDisposition},
     * which quotes and encodes.
     */
    private static String disposition(ContentDisposition.Builder builder, String name) {
        return builder.filename(clean(name, null), StandardCharsets.UTF_8).build().toString();
    }

    private static String neutral(@Nullable String mediaType) {
        String type = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        String extension = EXTENSIONS.get(parameters < 0 ? type : type.substring(0, parameters).strip());
        return extension == null ? NEUTRAL : NEUTRAL + "." + extension;
    }

    /** Cut to {@link #MAX_LENGTH}, keeping a short extension and never splitting a surrogate pair. */
    private static String shortened(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= LONGEST_EXTENSION + 1 ? name.substring(dot) : "";
        int end = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        String stem = TRAILING.matcher(name.substring(0, end)).replaceFirst("");
        return stem.isEmpty() ? "" : stem + extension;
    }
}
