package vn.dvc.devidp;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test controls of the development provider: {@code POST /thu-nghiem/sai-lech?mode=WRONG_ISSUER|UNKNOWN_ACR|NONE}
 * makes the next ID tokens wrong on purpose ({@link Misbehaviour}). Present only when
 * {@code DVC_IDP_TEST_CONTROLS=true} (the portal's tests start the provider so); never in any other setting.
 */
@RestController
@ConditionalOnProperty(name = "dvc.idp.test-controls", havingValue = "true")
class TestControls {

    static final String PATH = "/thu-nghiem/sai-lech";

    @PostMapping(PATH)
    ResponseEntity<String> misbehave(@RequestParam String mode) {
        Misbehaviour misbehaviour;
        try {
            misbehaviour = Misbehaviour.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body("unknown mode");
        }
        Misbehaviour.set(misbehaviour);
        return ResponseEntity.ok(misbehaviour.name());
    }
}
