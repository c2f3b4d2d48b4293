package vn.dvc.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dvc.portal.notification.NotificationChannel;

/** Officers see masked recipients only; the outbox accepts only well-formed addresses. */
class RecipientsTest {

    @Test
    void masksEmailAndPhoneAndHidesAccounts() {
        assertThat(Recipients.masked(NotificationChannel.EMAIL, "nguyen.van.an@example.com")).isEqualTo("n***@example.com");
        assertThat(Recipients.masked(NotificationChannel.SMS, "0987000001")).isEqualTo("098****001");
        assertThat(Recipients.masked(NotificationChannel.SMS, "+84987000001")).isEqualTo("+84******001");
        assertThat(Recipients.masked(NotificationChannel.IN_APP, "7c9e6679-7425-40de-944b-e07fc1f90ae7")).isEmpty();
    }

    @Test
    void refusesMalformedAddresses() {
        Outgoing.checkRecipient(NotificationChannel.EMAIL, "lan@example.com");
        Outgoing.checkRecipient(NotificationChannel.SMS, "0987000001");
        assertThatThrownBy(() -> Outgoing.checkRecipient(NotificationChannel.EMAIL, "not-an-address"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not-an-address");
        assertThatThrownBy(() -> Outgoing.checkRecipient(NotificationChannel.SMS, "12345"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nationalNumbersBecomeInternational() {
        assertThat(SmsGatewayTransport.international("0987000001")).isEqualTo("+84987000001");
        assertThat(SmsGatewayTransport.international("+84987000001")).isEqualTo("+84987000001");
    }
}
