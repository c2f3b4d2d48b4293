package vn.dvc.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds (no cycles, no access to another module's internals) and its documentation in
 * {@code docs/modules/} is regenerated on every build, in a stable order, so an unchanged structure leaves the
 * committed files unchanged.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    static final Path OUTPUT = Path.of("../docs/modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                    .toList()) {
                List<String> lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
                Files.writeString(file, String.join("\n", inStableOrder(lines)), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The Documenter writes a diagram's relations ({@code Rel(…)} lines) and a table cell's lists of components
     * and bean references ({@code * …} lines, the first of a cell {@code |* …}) in hash order, which changes from
     * run to run; each such run of lines is sorted here.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); ) {
            String line = lines.get(i);
            boolean relation = line.startsWith("Rel(");
            boolean listItem = line.startsWith("|* ") || line.startsWith("* ");
            if (!relation && !listItem) {
                result.add(line);
                i++;
                continue;
            }
            String prefix = relation ? "Rel(" : "* ";
            List<String> run = new ArrayList<>();
            boolean opensCell = line.startsWith("|");
            run.add(opensCell ? line.substring(1) : line);
            for (i++; i < lines.size() && lines.get(i).startsWith(prefix); i++) {
                run.add(lines.get(i));
            }
            run.sort(null);
            if (opensCell) {
                run.set(0, "|" + run.get(0));
            }
            result.addAll(run);
        }
        return result;
    }
}
