package vn.dvc.portal.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Fetches a file the National Portal sends by link ({@code DuongDanTaiTepTin}) — and only such a file: the link must
 * point at one of the National Portal's own file hosts ({@code DVC_NATIONAL_PORTAL_FILE_HOSTS}, by default the host
 * of {@code DVC_NATIONAL_PORTAL_URL}), over https (plain http only to a loopback address, for the simulator); no
 * user name in it; redirects are not followed; the answer must be 200; at most the component's size (and never more
 * than {@code DVC_NATIONAL_PORTAL_FILE_MAX_SIZE}) is read, within {@code DVC_NATIONAL_PORTAL_FILE_TIMEOUT}. Type by
 * content and the virus scan follow as for every upload ({@link Attachments#check}).
 *
 * <p>A link that can never work (a host not allowed, a redirect, 4xx, too large) is refused for good
 * ({@link RefusedInput}, 400 naming {@code TaiLieuNop[i].DuongDanTaiTepTin}); a file host that does not answer now
 * (time-out, connection refused, 5xx, 429) is {@link Unavailable} (503 with {@code Retry-After}), so the National
 * Portal sends the dossier again later. Logs name the file's position, never the link or the applicant.
 */
@Component
class NationalPortalFiles {

    private static final Logger log = LoggerFactory.getLogger(NationalPortalFiles.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    /** The file host cannot be read now; try the whole dossier again later (503). */
    static final class Unavailable extends ResponseStatusException {
        Unavailable(String detail) {
            super(HttpStatus.SERVICE_UNAVAILABLE, detail);
        }

        @Override
        public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "120");
            return headers;
        }
    }

    /** An allowed host, with its port when one was given. */
    record Host(String name, int port) {

        boolean matches(URI uri) {
            if (!name.equals(uri.getHost().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (port < 0) {
                return true;
            }
            int actual = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return actual == port;
        }
    }

    private final List<Host> allowed;
    private final long maxBytes;
    private final Duration timeout;
    private final HttpClient http;

    NationalPortalFiles(NationalPortalFileProperties properties) {
        this.allowed = hosts(properties.hosts());
        this.maxBytes = properties.maxBytes();
        this.timeout = properties.timeoutOrDefault();
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout : Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Parses the allow-list: host names, {@code host:port}s or URLs, comma- or space-separated. */
    static List<Host> hosts(@Nullable String setting) {
        List<Host> hosts = new ArrayList<>();
        if (setting == null) {
            return hosts;
        }
        for (String entry : setting.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                URI uri = new URI(entry.contains("://") ? entry.strip() : "x://" + entry.strip());
                if (uri.getHost() != null) {
                    hosts.add(new Host(uri.getHost().toLowerCase(Locale.ROOT), uri.getPort()));
                }
            } catch (URISyntaxException e) {
                log.warn("DVC_NATIONAL_PORTAL_FILE_HOSTS: '{}' is not a host name; ignored", entry);
            }
        }
        return hosts;
    }

    /**
     * The link's content.
     *
     * @param limit the component's size limit (the smaller of it and the setting is read at most)
     * @throws vn.dvc.portal.platform.RefusedInput when the link can never be fetched
     * @throws Unavailable                           when the file host does not answer now
     */
    byte[] fetch(NationalPortalMessage.Document document, long limit) {
        String field = document.field() + ".DuongDanTaiTepTin";
        String name = document.tenTepDinhKem() == null ? document.field() : document.tenTepDinhKem();
        URI uri = allowedLink(document.duongDanTaiTepTin(), field, name);
        long cap = Math.min(limit, maxBytes);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "*/*").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            log.warn("National Portal file {} could not be fetched now: {}", document.field(), e.getClass().getSimpleName());
            throw new Unavailable("the file " + document.field() + " could not be fetched from the National Portal's "
                    + "file host now; send the dossier again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while fetching " + document.field());
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 200) {
                long declared = response.headers().firstValueAsLong(HttpHeaders.CONTENT_LENGTH).orElse(-1);
                if (declared > cap) {
                    throw tooLarge(field, name, cap);
                }
                byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
                if (content.length > cap) {
                    throw tooLarge(field, name, cap);
                }
                return content;
            }
            if (status >= 300 && status < 400) {
                throw IntakeRefusals.of(field, "fileLinkRedirect", "the link of " + document.field()
                        + " answered a redirect, which is not followed", name);
            }
            if (status >= 500 || status == 408 || status == 429) {
                log.warn("National Portal file {} answered HTTP {}", document.field(), status);
                throw new Unavailable("the National Portal's file host answered HTTP " + status + " for "
                        + document.field() + "; send the dossier again later");
            }
            throw IntakeRefusals.of(field, "fileLinkStatus", "the link of " + document.field() + " answered HTTP "
                    + status, name, status);
        } catch (IOException e) {
            log.warn("National Portal file {} broke off: {}", document.field(), e.getClass().getSimpleName());
            throw new Unavailable("the file " + document.field() + " broke off while it was read; send the dossier "
                    + "again later");
        }
    }

    /** The link as a URI if it may be fetched at all, else refused for good. */
    URI allowedLink(@Nullable String link, String field, String name) {
        URI uri;
        try {
            uri = new URI(link == null ? "" : link.strip());
        } catch (URISyntaxException e) {
            throw IntakeRefusals.of(field, "fileLink", "the link of the file is not a URL", name);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !(scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host)))) {
            throw IntakeRefusals.of(field, "fileLinkScheme", "a file link must be https (http only on loopback)", name);
        }
        if (uri.getRawUserInfo() != null) {
            throw IntakeRefusals.of(field, "fileLink", "a file link must not carry a user name", name);
        }
        if (allowed.stream().noneMatch(h -> h.matches(uri))) {
            throw IntakeRefusals.of(field, "fileLinkHost", "files are fetched only from the National Portal's own "
                    + "file hosts (DVC_NATIONAL_PORTAL_FILE_HOSTS); this link points elsewhere", name);
        }
        return uri;
    }

    private static RuntimeException tooLarge(String field, String name, long cap) {
        return IntakeRefusals.of(field, "fileTooLarge", "the linked file is larger than " + cap + " bytes", name,
                String.format(Locale.ROOT, "%.1f MB", cap / 1_048_576.0));
    }
}
