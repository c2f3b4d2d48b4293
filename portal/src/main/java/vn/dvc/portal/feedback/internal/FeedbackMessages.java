package vn.dvc.portal.feedback.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvc.portal.catalog.Agencies;
import vn.dvc.portal.catalog.Agency;
import vn.dvc.portal.identity.NotificationPort;
import vn.dvc.portal.identity.NotificationPort.Channel;
import vn.dvc.portal.identity.NotificationPort.OutgoingMessage;
import vn.dvc.portal.platform.PortalProperties;
import vn.dvc.portal.platform.PortalTime;

/**
 * The messages of the workflow, all through {@link NotificationPort}: to the agency's designated Q&amp;A
 * contact (QA-7) when an item is forwarded or its deadline nears or passes, to the Centre on escalation, and
 * to the asker (receipt, interim reply, answer).
 */
@Component
class FeedbackMessages {


    private final NotificationPort port;
    private final Agencies agencies;
    private final PortalProperties portal;
    private final FeedbackProperties properties;

    FeedbackMessages(NotificationPort port, Agencies agencies, PortalProperties portal, FeedbackProperties properties) {
        this.port = port;
        this.agencies = agencies;
        this.portal = portal;
        this.properties = properties;
    }

    void receivedToAsker(Asker asker, Question q, String accessToken) {
        toAsker(asker, "Đã tiếp nhận " + q.reference(), "Cổng Dịch vụ công đã tiếp nhận câu hỏi " + q.reference()
                + ". Theo dõi và nhận trả lời tại: " + link(accessToken));
    }

    void interimReplyToAsker(Asker asker, Question q) {
        toAsker(asker, "Thông tin về câu hỏi " + q.reference(), q.interimReply() + " Hạn trả lời: "
                + PortalTime.TIME_ON_DATE.format(q.answerDueAt()) + ". Theo dõi bằng đường dẫn riêng đã gửi khi tiếp nhận.");
    }

    void answerToAsker(Asker asker, Question q, String agencyName) {
        toAsker(asker, "Đã có trả lời câu hỏi " + q.reference(), agencyName + " đã trả lời câu hỏi " + q.reference()
                + ". Xem trả lời bằng đường dẫn riêng đã gửi cho bạn khi tiếp nhận, hoặc đăng nhập tài khoản.");
    }

    /** To the agency's Q&amp;A contact (or the agency's own address when none is registered). */
    void toAgencyContact(String agencyCode, String subject, String body) {
        Optional<Agency> agency = agencies.find(agencyCode);
        if (agency.isEmpty()) {
            return;
        }
        Agency.QaContact contact = agency.get().qaContact();
        if (contact != null && !contact.email().isBlank()) {
            port.send(new OutgoingMessage(Channel.EMAIL, contact.email(), subject, body));
        } else if (contact != null && !contact.phone().isBlank()) {
            port.send(new OutgoingMessage(Channel.SMS, contact.phone(), subject, body));
        } else if (!agency.get().email().isBlank()) {
            port.send(new OutgoingMessage(Channel.EMAIL, agency.get().email(), subject, body));
        }
    }

    void forwardedToAgency(Question q) {
        toAgencyContact(q.agencyCode(), "Câu hỏi " + q.reference() + " được chuyển đến cơ quan",
                "Trung tâm Phục vụ hành chính công chuyển câu hỏi " + q.reference() + " («" + q.title()
                        + "») để cơ quan trả lời trước " + PortalTime.TIME_ON_DATE.format(q.answerDueAt()) + ". Xử lý tại "
                        + portal.link("/can-bo/hoi-dap"));
    }

    void toCentre(String subject, String body) {
        port.send(new OutgoingMessage(Channel.EMAIL, portal.centre().email(), subject, body));
    }

    static String when(Instant instant) {
        return PortalTime.TIME_ON_DATE.format(instant);
    }

    private void toAsker(Asker asker, String subject, String body) {
        if (asker.prefersEmail()) {
            port.send(new OutgoingMessage(Channel.EMAIL, asker.email(), subject, body));
        } else {
            port.send(new OutgoingMessage(Channel.SMS, asker.phone(), subject, body));
        }
    }

    String link(String accessToken) {
        return portal.link("/hoi-dap/theo-doi/" + accessToken);
    }
}
