package vn.dvc.portal.platform.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dvc.portal.platform.InvalidRequestParameter;

/**
 * Refuses a query string the portal cannot take as text, before anything reads it: a parameter that is not
 * percent-encoded UTF-8 (e.g. {@code q=%C3%28}, which the servlet container would throw on) or that holds a NUL
 * character (which the database refuses). The answer names the parameter: problem JSON {@code INVALID_PARAMETER}
 * under {@code /api}, the "request refused" page elsewhere (both 400, from {@link ErrorPages}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryParameterCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InvalidRequestParameter refused = refusal(request.getQueryString());
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            // the container parses once: let it fail now, so that the error page may read its own parameters
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            // the parameter named in the refusal
        }
        ErrorPages.refuse(refused, request, response);
    }

    /** The refusal of the first parameter that is not usable text, or null. */
    static @Nullable InvalidRequestParameter refusal(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decoded(rawName);
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            String shown = name != null ? name : rawName;
            if (name == null || value == null) {
                return new InvalidRequestParameter(shown, "'" + shown + "' is not percent-encoded UTF-8 text.");
            }
            if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                return new InvalidRequestParameter(shown.replace('\0', '?'),
                        "'" + shown.replace('\0', '?') + "' must not contain a NUL character.");
            }
        }
        return null;
    }

    /** Percent-decodes ({@code +} is a space) as strict UTF-8; null when malformed. */
    static @Nullable String decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                bytes.write(c); // the container hands the raw request line over byte by byte
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException malformed) {
            return null;
        }
    }
}
