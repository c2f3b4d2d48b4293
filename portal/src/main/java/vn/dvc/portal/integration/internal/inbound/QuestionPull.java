package vn.dvc.portal.integration.internal.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.dvc.portal.feedback.NationalPortalQuestions;
import vn.dvc.portal.integration.internal.client.NationalPortalClient;
import vn.dvc.portal.integration.internal.client.NationalPortalException;
import vn.dvc.portal.platform.RefusedInput;

/**
 * Pulls the questions citizens sent to the province on the National Portal ({@code DongBoHoiDap}, answered with
 * {@code [{HOIDAPID, MaLinhVuc, NOIDUNG, MADONVI, TENDONVI}]} in {@code data} — or {@code result}, as some
 * deployments answer) into the feedback module's handling (QA-6). The same question pulled again is the same item
 * (the feedback module is idempotent on HOIDAPID), so a pull that fails half-way, or an answer the National Portal
 * repeats, is simply pulled again. One node at a time (ShedLock {@code integration.questions-pull}); off while no
 * National Portal is configured. Logs count, never the text.
 */
@Component
class QuestionPull {

    static final String SERVICE = "DongBoHoiDap";

    private static final Logger log = LoggerFactory.getLogger(QuestionPull.class);

    /** What a pull did: questions new to us, questions already taken, items that could not be read. */
    record Result(int taken, int known, int malformed) {
    }

    private final ObjectProvider<NationalPortalClient> client;
    private final NationalPortalQuestions questions;
    private final MeterRegistry meters;

    QuestionPull(ObjectProvider<NationalPortalClient> client, NationalPortalQuestions questions, MeterRegistry meters) {
        this.client = client;
        this.questions = questions;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${dvc.national-portal-inbound.questions-interval:10m}",
            initialDelayString = "${dvc.national-portal-inbound.questions-interval:10m}")
    @SchedulerLock(name = "integration.questions-pull", lockAtMostFor = "PT10M")
    public void scheduled() {
        try {
            pull();
        } catch (NationalPortalException e) {
            log.warn("Questions from the National Portal not pulled this round: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Questions from the National Portal not pulled this round", e);
        }
    }

    /**
     * One pull; nothing when no National Portal is configured.
     *
     * @throws NationalPortalException when the National Portal did not answer or refused the call
     */
    Result pull() {
        NationalPortalClient portal = client.getIfAvailable();
        if (portal == null) {
            return new Result(0, 0, 0);
        }
        JsonNode answer = portal.call(SERVICE, portal.body());
        int taken = 0;
        int known = 0;
        int malformed = 0;
        for (JsonNode item : NationalFields.list(answer, "data", "result")) {
            NationalFields f = new NationalFields(item);
            String id = f.text("HOIDAPID", "HoiDapId", "CAUHOIID");
            String text = f.text("NOIDUNG", "NoiDung", "NOIDUNGCAUHOI");
            if (id == null || text == null) {
                malformed++;
                continue;
            }
            try {
                NationalPortalQuestions.Taken result = questions.receive(new NationalPortalQuestions.Incoming(id,
                        f.text("MaLinhVuc", "MALINHVUC"), f.text("MADONVI", "MaDonVi"),
                        f.text("TENDONVI", "TenDonVi"), text));
                if (result.created()) {
                    taken++;
                } else {
                    known++;
                }
            } catch (RefusedInput e) {
                malformed++;
            }
        }
        meters.counter("dvc.national_portal.questions", "outcome", "taken").increment(taken);
        if (malformed > 0) {
            meters.counter("dvc.national_portal.questions", "outcome", "malformed").increment(malformed);
            log.warn("{} question(s) from the National Portal could not be read (no HOIDAPID or no NOIDUNG)", malformed);
        }
        if (taken > 0) {
            log.info("{} question(s) taken from the National Portal ({} already known)", taken, known);
        }
        return new Result(taken, known, malformed);
    }
}
