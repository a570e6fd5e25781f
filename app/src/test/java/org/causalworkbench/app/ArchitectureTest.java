package org.causalworkbench.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the application's rules: logging through SLF4J only, no standard streams outside
 * classes marked {@link StandardStreamsAllowed}, and no stack traces printed.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.causalworkbench.app");
    }

    @Test
    void logging_usesSlf4jOnly() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                        "org.apache.logging.log4j..", "ch.qos.logback..")
                .because("the application logs through SLF4J only");
        rule.check(classes);
    }

    @Test
    void standardStreams_onlyInMarkedClasses() {
        ArchRule rule = noClasses()
                .that().areNotAnnotatedWith(StandardStreamsAllowed.class)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("output goes through SLF4J or the window; only the command-line"
                        + " entry point writes to standard streams");
        rule.check(classes);
    }

    @Test
    void stackTraces_areNeverPrinted() {
        ArchRule rule = noClasses().should()
                .callMethodWhere(DescribedPredicate.describe(
                        "target is printStackTrace of a Throwable",
                        (JavaMethodCall call) -> call.getName().equals("printStackTrace")
                                && call.getTargetOwner().isAssignableTo(Throwable.class)))
                .because("errors are logged or shown to the user, never dumped");
        rule.check(classes);
    }
}
