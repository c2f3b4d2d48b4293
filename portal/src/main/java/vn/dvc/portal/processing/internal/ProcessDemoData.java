package vn.dvc.portal.processing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.dvc.portal.platform.DemoData;

/**
 * The demo process definitions ({@code processing/demo/definitions.json}: civil status, certification, household
 * businesses, enterprises, land, construction, residence), loaded through the same import and rules as the
 * Centre's files. Idempotent: a definition identical to its current version changes nothing.
 */
@Component
class ProcessDemoData implements DemoData {

    static final String LOCATION = "processing/demo/definitions.json";
    private static final Logger log = LoggerFactory.getLogger(ProcessDemoData.class);

    private final ProcessPublisher publisher;

    ProcessDemoData(ProcessPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public String name() {
        return "processing";
    }

    @Override
    public int order() {
        return 10; // after the catalogue (2) and identity (5)
    }

    @Override
    public void load() {
        List<ProcessPublisher.Published> published = publisher.importDocument(document());
        log.info("Demo process definitions: {} of {} new", published.stream().filter(p -> p.changed()).count(),
                published.size());
    }

    static String document() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
