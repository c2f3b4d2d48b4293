package vn.dvc.portal.dossier.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The content types the portal accepts for dossier files, recognised by their first bytes (magic numbers),
 * never by the name or the declared type alone: PDF ({@code %PDF-}), PNG and JPEG. The file name's extension
 * must agree with the content.
 */
final class ContentTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final Map<String, String> EXTENSIONS = Map.of("pdf", PDF, "png", PNG, "jpg", JPEG, "jpeg", JPEG);

    private ContentTypes() {
    }

    /** The type the content shows, if it is one we accept. */
    static Optional<String> detect(byte[] content) {
        if (startsWith(content, new byte[]{'%', 'P', 'D', 'F', '-'})) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** The type a file name claims by its extension, if known. */
    static @Nullable String byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : EXTENSIONS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
