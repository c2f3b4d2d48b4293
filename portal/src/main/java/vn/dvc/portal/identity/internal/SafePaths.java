package vn.dvc.portal.identity.internal;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Where the portal may send a browser back to after a step (the {@code tiep} parameter): only a same-site
 * relative path — it starts with one "/", has no scheme, host, backslash or control character, and is at most
 * {@value #MAX_LENGTH} characters; anything else becomes the account page. This is what keeps
 * {@code ?tiep=https://evil.example} and {@code ?tiep=//evil.example} from being open redirects.
 */
final class SafePaths {

    static final String FALLBACK = "/tai-khoan";
    static final int MAX_LENGTH = 2000;

    private SafePaths() {
    }

    static String relative(@Nullable String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/'
                || path.startsWith("//") || path.indexOf('\\') >= 0
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return FALLBACK;
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return FALLBACK;
            }
            if (uri.getRawPath().startsWith("/dang-nhap") || uri.getRawPath().startsWith("/dang-xuat")) {
                return FALLBACK;
            }
            return path;
        } catch (URISyntaxException e) {
            return FALLBACK;
        }
    }
}
