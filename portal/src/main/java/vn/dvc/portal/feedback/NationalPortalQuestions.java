package vn.dvc.portal.feedback;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Questions sent from the National Public Service Portal (QA-6, INT-1), for the integration module: each enters the
 * same handling of Art. 18/19 as a question asked on this portal (at the Centre, to be classified and forwarded
 * within 8 working hours), without the asker's Art. 17 data, which stays with the National Portal; its approved
 * answer ({@link AnswerPublished}) is read back here to be sent to the National Portal.
 */
public interface NationalPortalQuestions {

    /**
     * A question as the National Portal sends it ({@code DongBoHoiDap}).
     *
     * @param externalId the National Portal's id ({@code HOIDAPID})
     * @param fieldCode  the field ({@code MaLinhVuc}), if given
     * @param agencyCode the agency it is addressed to ({@code MADONVI}), if given
     * @param agencyName that agency's name as the National Portal writes it ({@code TENDONVI})
     * @param text       the question ({@code NOIDUNG})
     */
    record Incoming(String externalId, @Nullable String fieldCode, @Nullable String agencyCode,
                    @Nullable String agencyName, String text) {
    }

    /** The item made of (or already made of) a question: {@code created} false when it was taken before. */
    record Taken(UUID questionId, String reference, boolean created) {
    }

    /**
     * An approved answer of a question from the National Portal, as it goes back
     * ({@code DongBoKetQuaHoiDapGuiTuDVCQG}).
     *
     * @param text the answer with the legal documents it cites
     */
    record NationalAnswer(UUID questionId, String externalId, String agencyCode, String agencyName,
                          String responderName, String responderPosition, Instant answeredAt, String text) {
    }

    /**
     * Receives a question; idempotent on {@link Incoming#externalId()} (the same question taken twice, also at the
     * same moment, is one item).
     *
     * @throws vn.dvc.portal.platform.RefusedInput when the id or the text is blank
     */
    Taken receive(Incoming question);

    /** The approved answer of an item, if the item came from the National Portal and is answered. */
    Optional<NationalAnswer> answer(UUID questionId);
}
