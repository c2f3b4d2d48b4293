package vn.dvc.portal.notification.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * SMS through the provincial SMS gateway, by the contract in {@code docs/notification.md}:
 * {@code POST {DVC_SMS_GATEWAY_URL}/messages} with {@code Authorization: Bearer {DVC_SMS_GATEWAY_TOKEN}},
 * {@code Idempotency-Key: <message id>} and the JSON {@code {"to":"+84…","text":"…","reference":"<message id>"}}.
 * A 2xx answer means accepted; 408, 429 and 5xx (or no answer) are retried; any other 4xx is permanent.
 */
class SmsGatewayTransport implements Transport {

    private final RestClient client;

    SmsGatewayTransport(NotificationProperties.Sms sms, RestClient.Builder builder) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(Duration.ofSeconds(10));
        String base = sms.gatewayUrl().replaceAll("/+$", "");
        RestClient.Builder configured = builder.baseUrl(base).requestFactory(factory);
        if (sms.token() != null && !sms.token().isBlank()) {
            configured.defaultHeader("Authorization", "Bearer " + sms.token());
        }
        this.client = configured.build();
    }

    @Override
    public String name() {
        return "sms-gateway";
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public void send(Parcel parcel) throws DeliveryFailed {
        HttpStatusCode status;
        try {
            status = client.post().uri("/messages")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", parcel.id().toString())
                    .body(Map.of("to", international(parcel.recipient()), "text", parcel.body(),
                            "reference", parcel.id().toString()))
                    .exchange((request, response) -> response.getStatusCode());
        } catch (ResourceAccessException e) {
            throw new DeliveryFailed("SMS gateway: no answer (" + (e.getCause() == null ? "I/O"
                    : e.getCause().getClass().getSimpleName()) + ")", false);
        } catch (RestClientException e) {
            throw new DeliveryFailed("SMS gateway: " + e.getClass().getSimpleName(), false);
        }
        if (status.is2xxSuccessful()) {
            return;
        }
        boolean retry = status.is5xxServerError() || status.value() == 429 || status.value() == 408;
        throw new DeliveryFailed("SMS gateway: HTTP " + status.value(), !retry);
    }

    /** {@code 0987000001} → {@code +84987000001}; an international number stays as it is. */
    static String international(String phone) {
        return phone.startsWith("0") ? "+84" + phone.substring(1) : phone;
    }
}
