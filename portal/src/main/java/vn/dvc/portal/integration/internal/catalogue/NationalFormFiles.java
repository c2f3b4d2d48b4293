package vn.dvc.portal.integration.internal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dvc.portal.catalog.CatalogueImports;
import vn.dvc.portal.integration.internal.client.NationalPortalException;
import vn.dvc.portal.integration.internal.client.NationalPortalProperties;

/**
 * The template forms a national record names by a relative {@code URL} ({@code forms/x.docx}), read from the same
 * address as the adapter ({@code GET {DVC_NATIONAL_PORTAL_URL}/forms/x.docx}); the import has already refused any
 * path that could leave it ({@code ..}, absolute, a scheme). A form named by an absolute {@code http(s)} link is
 * kept as a link by the import and never fetched. 404/410: no such file (the record is rejected with its reason);
 * anything else that is not a file, or no answer: {@link NationalPortalException.Unavailable}, which ends the pull
 * (tried again next time).
 */
final class NationalFormFiles implements CatalogueImports.FormSource {

    /** The largest form accepted (the upload's ZIP entries have the same limit). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final NationalPortalProperties properties;
    private final HttpClient http;

    NationalFormFiles(NationalPortalProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        String base = properties.url().strip();
        String path = Arrays.stream(relativePath.split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        URI uri = URI.create((base.endsWith("/") ? base : base + "/") + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout()).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 404 || response.statusCode() == 410) {
                    return Optional.empty();
                }
                if (response.statusCode() != 200) {
                    throw new NationalPortalException.Unavailable("the National Portal answered HTTP "
                            + response.statusCode() + " for the form " + relativePath, false, null);
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException e) {
            throw new NationalPortalException.Unavailable("the form " + relativePath
                    + " could not be read from the National Portal: " + e, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NationalPortalException.Unavailable("interrupted", false, e);
        }
    }
}
