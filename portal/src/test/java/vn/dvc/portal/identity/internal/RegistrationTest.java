package vn.dvc.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import vn.dvc.portal.identity.NotificationPort;

/**
 * Module test on a real PostgreSQL: a registration is one transaction — when the code cannot be sent,
 * nothing of the account stays; when it can, the account waits PENDING with exactly one live code.
 */
// identity depends on the catalogue (agencies), which depends on the calendar
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(RegistrationTest.FlakyNotifications.class)
class RegistrationTest {

    @Autowired
    Registration registration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whenTheCodeCannotBeSentNothingIsLeftBehind() {
        int before = count("identity_account");
        RegistrationForms.Organisation form = new RegistrationForms.Organisation("cong.ty.loi", "Công ty Lỗi Gửi Tin",
                "0100109106", "Nguyễn Văn Lỗi", "Giám đốc", "Phường Nam Cường, thành phố Yên Bái",
                "0900000000", null, "SMS", "một mật khẩu đủ dài");

        assertThatThrownBy(() -> registration.registerOrganisation(form)).hasMessageContaining("SMS gateway down");

        assertThat(count("identity_account")).isEqualTo(before);
        assertThat(count("identity_organisation")).isZero();
        assertThat(count("identity_organisation_member")).isZero();
        assertThat(count("identity_one_time_code")).isZero();
        assertThat(count("audit_event WHERE action LIKE 'identity.%'")).isZero();
    }

    @Test
    void aRegistrationWaitsPendingWithOneLiveCodeThatIsNeverStoredInClear() {
        UUID id = registration.registerIndividual(new RegistrationForms.Individual("pham.van.duc", "Phạm Văn Đức",
                "015088123456", "1988-02-29", null, "pham.van.duc@example.com", "Xã Tuy Lộc, thành phố Yên Bái",
                "EMAIL", "một mật khẩu đủ dài"));

        assertThat(jdbc.sql("SELECT status || ' ' || assurance_level FROM identity_account WHERE id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("PENDING SELF_DECLARED");
        assertThat(registration.pending(id)).hasValueSatisfying(p ->
                assertThat(p.maskedDestination()).isEqualTo("p***@example.com"));
        String body = jdbc.sql("SELECT body FROM identity_dev_mailbox ORDER BY sent_at DESC LIMIT 1")
                .query(String.class).single();
        String code = body.replaceAll("(?s).*?\\b([0-9]{6})\\b.*", "$1");
        assertThat(jdbc.sql("SELECT count(*) FROM identity_one_time_code WHERE account_id = :id "
                        + "AND encode(code_hmac, 'escape') LIKE '%' || :code || '%'")
                .param("id", id).param("code", code).query(Integer.class).single()).isZero();
        assertThat(registration.verify(id, code).outcome()).isEqualTo(OneTimeCode.Outcome.ACCEPTED);
        assertThat(registration.pending(id)).isEmpty();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    /** The development mailbox, except that SMS to 0900000000 fails like a gateway that is down. */
    @TestConfiguration
    static class FlakyNotifications {

        @Bean
        @Primary
        NotificationPort flakyNotifications(DevelopmentMailbox mailbox) {
            return message -> {
                if (message.recipient().equals("0900000000")) {
                    throw new IllegalStateException("SMS gateway down");
                }
                mailbox.send(message);
            };
        }
    }
}
