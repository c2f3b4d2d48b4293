package vn.dvc.portal.platform;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key}: a client that sends a request again with the same key — because the answer was lost,
 * or twice at once — gets the first answer again instead of a second effect. The first request's answer (status,
 * content type, location and body) is kept per client and key with a hash of the request for
 * {@link #RETENTION}; the same key with another request is refused ({@link IdempotencyKeyReused}). Concurrent
 * requests with one key never both run: the second waits for the first and then gets its answer. The one
 * implementation of the concept, used by the officers' API for every {@code POST} (a filter of the platform); a
 * module may call it directly for an endpoint of its own.
 */
public interface IdempotencyKeys {

    /** The request header. */
    String HEADER = "Idempotency-Key";

    /** The response header set on an answer given again. */
    String REPLAYED_HEADER = "Idempotent-Replayed";

    /** How long an answer is kept; a key older than this is new again. */
    Duration RETENTION = Duration.ofHours(24);

    /** The longest key accepted (a UUID is 36 characters). */
    int MAX_KEY_LENGTH = 255;

    /**
     * Answers {@code client}'s request under {@code key} once. The first time, {@code action} runs in a transaction
     * that holds the key's lock (so the action's own transactions join it): a successful answer (status below 400)
     * is stored with it and committed with the action's effects; a refusal or failure rolls everything back and
     * keeps nothing, so the same key may be tried again. Later, the same request under the same key gets the stored
     * answer with {@link Answer#replayed()} true and nothing runs.
     *
     * @param client      who sends the key (an API client or an account), so that keys of two clients never meet
     * @param requestHash a digest of what was asked (method, path, body), to tell a replay from a reuse
     * @throws IdempotencyKeyReused when the key was used for a different request
     */
    Answer once(String client, String key, byte[] requestHash, Supplier<Answer> action);

    /**
     * An answer as it is given and kept.
     *
     * @param headers  the headers kept with it: {@code Content-Type} and {@code Location} when present
     * @param replayed whether this is a stored answer given again
     */
    record Answer(int status, Map<String, String> headers, byte[] body, boolean replayed) {

        public Answer {
            headers = Map.copyOf(headers);
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        /** Whether it is kept: an answer that did what was asked (status below 400). */
        public boolean succeeded() {
            return status < 400;
        }
    }
}
