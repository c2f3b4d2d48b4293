package vn.dvc.sim;

import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Controls of the simulated national catalogue ({@link NationalCatalogue}), for tests and people: change a
 * procedure's record (whole or some fields), publish a malformed one, refuse some codes, look at what was asked,
 * and go back to the demo catalogue. national-sim/README.md documents them.
 */
@RestController
class CatalogueControls {

    private final NationalCatalogue catalogue;

    CatalogueControls(NationalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Sizes, refused codes, calls per catalogue service and the codes {@code LayThuTuc} was asked for, in order. */
    @GetMapping("/sim/catalogue")
    Map<String, Object> state() {
        return catalogue.state();
    }

    /** The list as {@code LayDanhSachTTHC} answers it (not counted as a call). */
    @GetMapping("/sim/catalogue/procedures")
    ArrayNode list() {
        return catalogue.list(false);
    }

    @GetMapping("/sim/catalogue/procedures/{code}")
    ResponseEntity<JsonNode> procedure(@PathVariable String code) {
        return ResponseEntity.of(catalogue.find(code));
    }

    /** Publishes the body as the record of {@code code}, whatever it holds (a malformed record too). */
    @PutMapping("/sim/catalogue/procedures/{code}")
    ResponseEntity<Void> put(@PathVariable String code, @RequestBody JsonNode record) {
        catalogue.put(code, record);
        return ResponseEntity.noContent().build();
    }

    /** Replaces the top-level fields the body names (e.g. {@code {"TENTTHC": "…"}}); 404 for no such record. */
    @PatchMapping("/sim/catalogue/procedures/{code}")
    ResponseEntity<Void> patch(@PathVariable String code, @RequestBody JsonNode fields) {
        if (!(fields instanceof ObjectNode patch)) {
            return ResponseEntity.badRequest().build();
        }
        return catalogue.patch(code, patch) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @DeleteMapping("/sim/catalogue/procedures/{code}")
    ResponseEntity<Void> remove(@PathVariable String code) {
        return catalogue.remove(code) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    /** {@code {"codes": [...]}}: {@code LayThuTuc} refuses these codes for good until changed; {@code []} ends it. */
    @PostMapping("/sim/catalogue/refuse")
    Map<String, Object> refuse(@RequestBody JsonNode body) {
        TreeSet<String> codes = new TreeSet<>();
        body.path("codes").forEach(code -> codes.add(code.asString()));
        catalogue.refuse(codes);
        return catalogue.state();
    }

    /** Back to the demo catalogue; forgets refusals and counts. */
    @PostMapping("/sim/catalogue/reset")
    ResponseEntity<Void> reset() {
        catalogue.reset();
        return ResponseEntity.noContent().build();
    }
}
