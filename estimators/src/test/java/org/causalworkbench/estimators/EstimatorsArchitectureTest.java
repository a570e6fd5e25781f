package org.causalworkbench.estimators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the estimators module free of user-interface, charting and logging libraries and of
 * console output, so that it runs unchanged in the desktop application, in tests and in batch
 * use, and reports problems only through exceptions and {@link ProgressSink}.
 */
class EstimatorsArchitectureTest {

    private static final ArchRule NO_UI_OR_LOGGING_DEPENDENCY = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.awt..", "org.jfree..", "org.controlsfx..", "org.slf4j..",
                    "java.util.logging..")
            .because("the estimators must run without a user interface or logging backend");

    private static final ArchRule NO_STANDARD_STREAMS = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the estimators report through exceptions and ProgressSink, not the console");

    private static final ArchRule NO_PRINT_STACK_TRACE = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe(
                    "target is printStackTrace of a Throwable",
                    (JavaMethodCall call) -> call.getName().equals("printStackTrace")
                            && call.getTargetOwner().isAssignableTo(Throwable.class)))
            .because("errors must reach the caller, not the console");

    private static JavaClasses estimators;

    @BeforeAll
    static void importMainClasses() {
        estimators = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.causalworkbench.estimators");
    }

    @Test
    void import_containsMainClasses() {
        assertTrue(estimators.contain(SyntheticControl.class), "SyntheticControl imported");
    }

    @Test
    void import_leavesOutTestClasses() {
        assertFalse(estimators.contain(EstimatorsArchitectureTest.class),
                "this test class is not imported");
    }

    @Test
    void estimators_dependOnNoUiOrLoggingLibrary() {
        NO_UI_OR_LOGGING_DEPENDENCY.check(estimators);
    }

    @Test
    void estimators_accessNoStandardStream() {
        NO_STANDARD_STREAMS.check(estimators);
    }

    @Test
    void estimators_callNoPrintStackTrace() {
        NO_PRINT_STACK_TRACE.check(estimators);
    }
}
