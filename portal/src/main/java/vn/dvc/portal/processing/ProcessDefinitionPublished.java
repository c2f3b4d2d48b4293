package vn.dvc.portal.processing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new version of a process definition was published: new dossiers of its scope follow it from now on. */
public record ProcessDefinitionPublished(UUID definitionId, int version, String procedureCode,
                                         @Nullable String agencyCode, @Nullable String caseCode, Instant at) {
}
