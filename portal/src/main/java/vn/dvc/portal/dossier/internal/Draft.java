package vn.dvc.portal.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft of an online submission (not a dossier yet): the case chosen, the e-form values (with the
 * applicant's details under {@code applicant.*}), the files attached so far and the hidden submission token.
 */
public record Draft(UUID id, UUID accountId, String procedureCode, int procedureVersion, String caseCode,
             Map<String, String> formData, @Nullable String idNumber, String token, Instant createdAt,
             Instant updatedAt, @Nullable UUID submittedDossier, List<DraftFile> files) {

    /** A file attached to the draft (uploaded now, or a document of the personal data store). */
    public record DraftFile(UUID id, String componentCode, String fileName, String mediaType, long size, String sha256,
                     String storageKey, @Nullable UUID sourceDocument) {
    }

    public Optional<DraftFile> file(String componentCode) {
        return files.stream().filter(f -> f.componentCode().equals(componentCode)).findFirst();
    }

    public String value(String key) {
        return formData.getOrDefault(key, "");
    }
}
