package vn.dvc.portal.identity.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: its own cookies, forms posted with the page's CSRF token. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf = "";

    WebSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page read. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    HttpResponse<String> signIn(String name, String password) {
        get("/dang-nhap");
        return post("/dang-nhap", Map.of("username", name, "password", password));
    }

    /**
     * Signs in a demo officer: the password, then the second step with the demo officers' TOTP secret
     * (docs/identity.md). Returns the answer to the second step.
     */
    HttpResponse<String> signInOfficer(String name, String password) {
        HttpResponse<String> first = signIn(name, password);
        if (!location(first).endsWith("/dang-nhap/ma-xac-thuc")) {
            return first;
        }
        return secondStep(name, vn.dvc.portal.platform.TestTotp.demoSecret(password));
    }

    /** Types the next TOTP code of {@code secret} at {@code /dang-nhap/ma-xac-thuc}. */
    HttpResponse<String> secondStep(String name, byte[] secret) {
        get("/dang-nhap/ma-xac-thuc");
        return post("/dang-nhap/ma-xac-thuc", Map.of("code", vn.dvc.portal.platform.TestTotp.nextCode(port, name, secret)));
    }

    /** Sends a request to {@code path} built by {@code build}, with this session's cookies (an API call, say). */
    HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> build) {
        return send(build.apply(HttpRequest.newBuilder(uri(path))).build());
    }

    /** The value of the {@code XSRF-TOKEN} cookie, which an API client sends back as {@code X-XSRF-TOKEN}. */
    String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).filter(v -> !v.isEmpty()).reduce((first, last) -> last)
                .orElse("");
    }

    /** The text of the error summary's first link, or "" when the page has none. */
    static String errorSummary(HttpResponse<String> page) {
        Matcher summary = Pattern.compile("class=\"error-summary\".*?<a href=\"[^\"]*\">([^<]*)</a>", Pattern.DOTALL)
                .matcher(page.body());
        return summary.find() ? summary.group(1).trim() : "";
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
