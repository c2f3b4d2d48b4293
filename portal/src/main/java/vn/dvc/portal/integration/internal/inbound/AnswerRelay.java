package vn.dvc.portal.integration.internal.inbound;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvc.portal.feedback.AnswerPublished;
import vn.dvc.portal.feedback.NationalPortalQuestions;
import vn.dvc.portal.integration.internal.client.NationalPortalDates;

/**
 * When an answer is approved ({@link AnswerPublished}) for a question that came from the National Portal, the answer
 * as the National Portal takes it ({@code DongBoKetQuaHoiDapGuiTuDVCQG}: {@code HOIDAPID, MADONVI, NGUOITRALOI,
 * CHUCVUNGUOITRALOI, NGAYTRALOI, NOIDUNGTRALOI}) is written to the {@link AnswerOutbox} in the listener's
 * transaction; the event publication registry re-delivers the event after a crash, and the outbox row is added once.
 * {@link AnswerDelivery} sends it. Answers to questions asked on this portal are not the National Portal's.
 */
@Component
class AnswerRelay {

    private final NationalPortalQuestions questions;
    private final AnswerOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    AnswerRelay(NationalPortalQuestions questions, AnswerOutbox outbox, JsonMapper json, Clock clock) {
        this.questions = questions;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AnswerPublished published) {
        questions.answer(published.questionId()).ifPresent(answer -> outbox.add(answer.questionId(),
                answer.externalId(), answer.agencyCode(), json.writeValueAsString(message(answer)), clock.instant()));
    }

    /** One entry of {@code data}; a numeric HOIDAPID goes back as a number, as the National Portal sent it. */
    ObjectNode message(NationalPortalQuestions.NationalAnswer answer) {
        ObjectNode item = json.createObjectNode();
        if (answer.externalId().matches("[0-9]{1,18}")) {
            item.put("HOIDAPID", Long.parseLong(answer.externalId()));
        } else {
            item.put("HOIDAPID", answer.externalId());
        }
        item.put("MADONVI", answer.agencyCode());
        item.put("NGUOITRALOI", answer.responderName());
        item.put("CHUCVUNGUOITRALOI", answer.responderPosition());
        item.put("NGAYTRALOI", NationalPortalDates.format(answer.answeredAt()));
        item.put("NOIDUNGTRALOI", answer.text());
        return item;
    }
}
