package vn.dvc.portal.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP (Jakarta Mail): a plain-text UTF-8 message from {@code DVC_MAIL_FROM}. Timeouts are
 * short (10 s) so a stuck server does not hold a worker. A refused address is permanent; everything else
 * (connection, authentication, a 4xx answer) is retried.
 */
class SmtpTransport implements Transport {

    private static final String TIMEOUT_MS = "10000";

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final String from;

    SmtpTransport(NotificationProperties.Smtp smtp) {
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean authenticate = smtp.username() != null && !smtp.username().isBlank();
        if (authenticate) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        Properties properties = sender.getJavaMailProperties();
        properties.setProperty("mail.smtp.auth", Boolean.toString(authenticate));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.starttls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(smtp.starttls()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        this.from = smtp.from();
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public boolean local() {
        return false;
    }

    @Override
    public void send(Parcel parcel) throws DeliveryFailed {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(parcel.recipient());
            helper.setSubject(parcel.subject());
            helper.setText(parcel.body(), false);
            message.setHeader("X-DVC-Reference", parcel.id().toString());
            sender.send(message);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            throw new DeliveryFailed("SMTP: the message or address is invalid (" + e.getClass().getSimpleName() + ")", true);
        } catch (MailSendException e) {
            boolean refused = e.getFailedMessages().values().stream().anyMatch(SmtpTransport::addressRefused);
            throw new DeliveryFailed(refused ? "SMTP: the address was refused" : "SMTP: sending failed", refused);
        } catch (MailAuthenticationException e) {
            throw new DeliveryFailed("SMTP: authentication failed", false);
        } catch (MailException e) {
            throw new DeliveryFailed("SMTP: " + e.getClass().getSimpleName(), false);
        }
    }

    private static boolean addressRefused(Exception failure) {
        return failure instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                && sendFailed.getInvalidAddresses().length > 0;
    }
}
