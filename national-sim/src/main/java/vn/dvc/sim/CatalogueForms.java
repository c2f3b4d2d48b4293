package vn.dvc.sim;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The template forms the catalogue's records name by a relative {@code URL} ({@code forms/<name>}), served at that
 * path below the simulator's address, as the national file server would serve them.
 */
@RestController
class CatalogueForms {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final NationalCatalogue catalogue;

    CatalogueForms(NationalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/forms/{name:[A-Za-z0-9_-][A-Za-z0-9._-]*}")
    ResponseEntity<byte[]> form(@PathVariable String name) {
        MediaType type = name.endsWith(".docx") ? DOCX
                : name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_OCTET_STREAM;
        return catalogue.form(name).map(bytes -> ResponseEntity.ok().contentType(type).body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
