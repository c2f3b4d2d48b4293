package vn.dvc.portal.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Where the template forms named by a relative {@code URL} come from: files shipped beside the JSON. */
interface FormFiles {

    /** The content of {@code relativePath} (already checked to stay inside the folder), if present. */
    Optional<byte[]> read(String relativePath);

    /** No files: every relative URL is rejected as missing. */
    FormFiles NONE = path -> Optional.empty();

    /** Files below a classpath or file location ending in '/', e.g. {@code classpath:catalog/demo/}. */
    static FormFiles under(ResourceLoader loader, String location) {
        return path -> {
            Resource resource = loader.getResource(location + path);
            if (!resource.exists()) {
                return Optional.empty();
            }
            try (InputStream in = resource.getInputStream()) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }

    /** Files from an uploaded archive, by their path inside it. */
    static FormFiles of(Map<String, byte[]> files) {
        return path -> Optional.ofNullable(files.get(path));
    }
}
