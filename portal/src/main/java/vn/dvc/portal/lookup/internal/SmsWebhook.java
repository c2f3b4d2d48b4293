package vn.dvc.portal.lookup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.platform.InvalidRequestParameter;
import vn.dvc.portal.platform.ResourceNotFound;

/**
 * The SMS gateway's inbound webhook (LOOK-3): {@code POST /api/v1/sms/inbound} with the JSON
 * {@code {"from":"0912345678","text":"HS 000.00.15.H63-261201-0007","receivedAt":"…"}}, signed with
 * {@code X-Signature: sha256=<hex HMAC-SHA256 of the raw body>}. Off (404) while {@code DVC_SMS_WEBHOOK_SECRET}
 * is blank; a missing or wrong signature is 401 and nothing is sent. The reply goes out as an SMS, not in the
 * answer: 202 with which reply was queued.
 */
@RestController
@Tag(name = "SMS look-up", description = "Inbound SMS from the gateway, answered by SMS")
class SmsWebhook {

    private static final Pattern PHONE = Pattern.compile("^(0|\\+84)[0-9]{9,10}$");
    private static final int LONGEST_TEXT = 480;

    private final SmsLookup sms;
    private final LookupProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    SmsWebhook(SmsLookup sms, LookupProperties properties, JsonMapper json, Clock clock) {
        this.sms = sms;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    record Inbound(@Nullable String from, @Nullable String text, @Nullable String receivedAt) {

        @Override
        public String toString() {
            return "Inbound[" + (text == null ? 0 : text.length()) + " characters]";
        }
    }

    record Accepted(String reply) {
    }

    @PostMapping(value = "/api/v1/sms/inbound", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An SMS the gateway received: a look-up 'HS <code>' is answered by SMS",
            description = "Body {from, text, receivedAt?}; header X-Signature: sha256=<hex HMAC-SHA256 of the raw "
                    + "body with DVC_SMS_WEBHOOK_SECRET>. 202 {reply: STATUS | NOT_FOUND | HELP | NONE}; 401 for a "
                    + "missing or bad signature; 404 while the webhook is off. A repeated call (same body) sends no "
                    + "second reply.")
    ResponseEntity<Accepted> inbound(@Parameter(description = "sha256=<hex HMAC-SHA256 of the raw body>")
            @RequestHeader(name = "X-Signature", required = false) @Nullable String signature,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The inbound SMS as the gateway "
                    + "sends it", content = @io.swagger.v3.oas.annotations.media.Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Inbound.class)))
            @RequestBody byte[] body) {
        if (!properties.smsEnabled()) {
            throw new ResourceNotFound("the SMS look-up is not configured");
        }
        if (!WebhookSignature.valid(properties.smsWebhookSecret(), body, signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a valid X-Signature is required");
        }
        Inbound inbound;
        try {
            inbound = json.readValue(body, Inbound.class);
        } catch (JacksonException e) {
            throw new InvalidRequestParameter("body", "The body is not the JSON {from, text, receivedAt}.");
        }
        String from = inbound.from() == null ? "" : inbound.from().replaceAll("[\\s.\\-]", "");
        if (!PHONE.matcher(from).matches()) {
            throw new InvalidRequestParameter("from", "The sender is not a Vietnamese phone number.");
        }
        String text = inbound.text() == null ? "" : inbound.text();
        if (text.length() > LONGEST_TEXT) {
            text = text.substring(0, LONGEST_TEXT);
        }
        // one reply per inbound message: the gateway's retries carry the same body; a body without its instant is
        // told apart by the minute it arrived in
        String key = inbound.receivedAt() != null ? "" : SmsLookup.instantKey(clock.instant().truncatedTo(
                java.time.temporal.ChronoUnit.MINUTES));
        SmsLookup.Reply reply = sms.answer("lookup-sms:" + sha256(body, key), from, text);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(reply.name()));
    }

    private static String sha256(byte[] body, String salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(body);
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
