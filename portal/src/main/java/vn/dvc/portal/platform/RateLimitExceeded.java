package vn.dvc.portal.platform;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A client sent more requests than its {@link RateLimiter} allows: the API answers 429 problem JSON with the
 * code {@code TOO_MANY_REQUESTS} and a {@code Retry-After} header (whole seconds).
 */
public class RateLimitExceeded extends ResponseStatusException {

    private final long retryAfterSeconds;

    public RateLimitExceeded(RateLimiter.Decision decision) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this client; try again in "
                + decision.retryAfterSeconds() + " s.");
        this.retryAfterSeconds = decision.retryAfterSeconds();
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return headers;
    }
}
