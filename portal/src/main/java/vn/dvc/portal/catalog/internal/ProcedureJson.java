package vn.dvc.portal.catalog.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.portal.catalog.Procedure;

/**
 * A procedure version as the JSON stored in {@code catalog_procedure.record}, and its content hash (the
 * record without version and status), which tells an unchanged import from a changed one.
 */
@Component
class ProcedureJson {

    private final JsonMapper json;

    ProcedureJson(JsonMapper json) {
        // derived "isOfferedOnline()" is not part of the record
        this.json = json.rebuild()
                .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
                .build();
    }

    String write(Procedure procedure) {
        return json.writeValueAsString(procedure);
    }

    Procedure read(String text) {
        return json.readValue(text, Procedure.class);
    }

    /** SHA-256 of the content that makes a version: everything but the version number and status. */
    String contentHash(Procedure procedure, String extra) {
        String content = write(Versions.with(procedure, 0, Procedure.Status.DRAFT)) + "\n" + extra;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
