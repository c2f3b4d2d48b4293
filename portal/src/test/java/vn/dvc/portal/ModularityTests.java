package vn.dvc.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds (no cycles, no access to another module's internals) and its documentation in
 * {@code docs/modules/} is regenerated on every build.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeDocumentation();
    }
}
