package vn.dvc.portal.platform.internal.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.dvc.portal.platform.IdempotencyKeyReused;
import vn.dvc.portal.platform.IdempotencyKeys;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.internal.web.ProblemAnswer;

/**
 * {@code Idempotency-Key} on every {@code POST} of the officers' API ({@link #PATHS}), in front of the controllers so
 * that no endpoint can forget it. A bearer client (another system) must send a key: without one the request is
 * refused, 400 {@code IDEMPOTENCY_KEY_REQUIRED}; a signed-in officer's session may send one and then gets the same
 * guarantee. The request's digest covers the method, the path and query, the media type and the body — for a
 * multipart body each part's name, file name, type and content, so the random boundary does not count; for a form,
 * its parameters. The request then runs through {@link IdempotencyKeys#once}: its answer is buffered until the
 * transaction has committed, and a replay is written from the stored answer with {@code Idempotent-Replayed: true}.
 * Runs after Spring Security (the caller is known), on the request dispatch only.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    /** The officers' API (platform security's officer API, less the read-only feedback export). */
    static final List<String> PATHS = List.of("/api/v1/desk/", "/api/v1/processing/");

    /** The largest body other than multipart or a form that is read (the officers' API sends small JSON). */
    static final int MAX_BODY = 1024 * 1024;

    private final IdempotencyKeys keys;

    IdempotencyFilter(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HttpMethod.POST.matches(request.getMethod()) || PATHS.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean client = caller instanceof AbstractOAuth2TokenAuthenticationToken<?>;
        String key = request.getHeader(IdempotencyKeys.HEADER);
        if (key == null) {
            if (client) {
                ProblemAnswer.send(ProblemAnswer.IDEMPOTENCY_KEY_REQUIRED, request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (key.isBlank() || key.length() > IdempotencyKeys.MAX_KEY_LENGTH || !key.strip().equals(key)) {
            ProblemAnswer.refuse(new InvalidRequestParameter(IdempotencyKeys.HEADER,
                    "must be 1 to " + IdempotencyKeys.MAX_KEY_LENGTH + " characters without surrounding spaces"),
                    request, response);
            return;
        }
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response); // security has refused it already
            return;
        }
        HttpServletRequest buffered = buffered(request);
        if (buffered == null) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE); // PAYLOAD_TOO_LARGE
            return;
        }
        byte[] digest = digest(buffered);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        IdempotencyKeys.Answer given;
        try {
            given = keys.once(caller.getName(), key, digest, () -> run(chain, buffered, answer));
        } catch (IdempotencyKeyReused reused) {
            ProblemAnswer.send(ProblemAnswer.IDEMPOTENCY_KEY_REUSED, request, response);
            return;
        } catch (Failed failed) {
            if (failed.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) failed.getCause();
        }
        if (given.replayed()) {
            response.setStatus(given.status());
            given.headers().forEach(response::setHeader);
            response.setHeader(IdempotencyKeys.REPLAYED_HEADER, "true");
            byte[] body = given.body();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else {
            answer.copyBodyToResponse();
        }
    }

    /** Runs the request, buffering its answer (sent only after the transaction is over). */
    private static IdempotencyKeys.Answer run(FilterChain chain, HttpServletRequest request,
            ContentCachingResponseWrapper answer) {
        try {
            chain.doFilter(request, answer);
        } catch (ServletException | IOException e) {
            throw new Failed(e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (answer.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, answer.getContentType());
        }
        String location = answer.getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            headers.put(HttpHeaders.LOCATION, location);
        }
        return new IdempotencyKeys.Answer(answer.getStatus(), headers, answer.getContentAsByteArray(), false);
    }

    /** A checked failure of the request, carried through the transaction. */
    private static final class Failed extends RuntimeException {
        Failed(Exception cause) {
            super(cause);
        }
    }

    /**
     * The request with its body read: a multipart body or a form is parsed by the container (which keeps it for the
     * controller, within the multipart limits), any other body is read here — at most {@link #MAX_BODY} bytes, else
     * null — and given again to the controller.
     */
    private static @Nullable HttpServletRequest buffered(HttpServletRequest request)
            throws IOException, ServletException {
        String type = mediaType(request);
        if (type.startsWith("multipart/")) {
            request.getParts();
            return request;
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            request.getParameterMap();
            return request;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : new BufferedBody(request, body);
    }

    /** SHA-256 over what the request asks: method, path, query, media type and body (see the class comment). */
    static byte[] digest(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest sha = sha256();
        line(sha, request.getMethod());
        line(sha, request.getRequestURI());
        line(sha, request.getQueryString() == null ? "" : request.getQueryString());
        String type = mediaType(request);
        line(sha, type);
        if (type.startsWith("multipart/")) {
            for (Part part : request.getParts()) {
                line(sha, "part " + part.getName());
                line(sha, part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName());
                line(sha, part.getContentType() == null ? "" : part.getContentType());
                try (InputStream content = part.getInputStream()) {
                    sha.update(sha256().digest(content.readAllBytes()));
                }
            }
        } else if (type.equals("application/x-www-form-urlencoded")) {
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    line(sha, "param " + name + "=" + value);
                }
            });
        } else if (request instanceof BufferedBody body) {
            sha.update(body.content);
        }
        return sha.digest();
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static void line(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request whose body has been read, given again to whoever reads it next. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] content;

        BufferedBody(HttpServletRequest request, byte[] content) {
            super(request);
            this.content = content;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(content);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return content.length;
        }

        @Override
        public long getContentLengthLong() {
            return content.length;
        }
    }
}
