package vn.dvc.portal.processing.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import vn.dvc.portal.processing.internal.demo.ProcessDemoData;

/**
 * The demo scripting stays apart (issue #14): the demo drives the module's internals, but no production class
 * depends on {@code processing.internal.demo} — it could be left out of a build and nothing else would notice.
 */
class DemoBoundaryTest {

    static final String DEMO = "vn.dvc.portal.processing.internal.demo..";

    static final ArchRule NOTHING_DEPENDS_ON_THE_DEMO = noClasses().that().resideOutsideOfPackage(DEMO)
            .should().dependOnClassesThat().resideInAPackage(DEMO)
            .because("the demo data is scripting for demonstrations, not part of the portal");

    @Test
    void noProductionClassDependsOnTheDemoPackage() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dvc.portal");
        assertThat(main.that(JavaClass.Predicates.resideInAPackage(DEMO))).as("the demo classes are where the rule looks")
                .extracting(JavaClass::getSimpleName).contains("DemoDossiers", "DemoRunner", "ProcessDemoData");
        assertThat(main.that(DescribedPredicate.describe("named Demo* outside the demo package",
                (JavaClass c) -> c.getPackageName().startsWith("vn.dvc.portal.processing")
                        && !c.getPackageName().startsWith("vn.dvc.portal.processing.internal.demo")
                        && c.getSimpleName().startsWith("Demo")))).isEmpty();
        NOTHING_DEPENDS_ON_THE_DEMO.check(main);
    }

    @Test
    void theRuleCatchesAClassThatDependsOnTheDemo() {
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class, ProcessDemoData.class);
        assertThatThrownBy(() -> NOTHING_DEPENDS_ON_THE_DEMO.check(leaky)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leaky");
    }

    /** Production code must never look like this. */
    static final class Leaky {
        ProcessDemoData demo;
    }
}
