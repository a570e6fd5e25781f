package org.causalworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Checks the debug text's lines and the library version lookup. */
class DebugInfoTest {

    private static Properties system() {
        Properties system = new Properties();
        system.setProperty("java.version", "17.0.12");
        system.setProperty("java.vendor", "Eclipse Adoptium");
        system.setProperty("java.vm.name", "OpenJDK 64-Bit Server VM");
        system.setProperty("java.vm.version", "17.0.12+7");
        system.setProperty("javafx.runtime.version", "21.0.11+2");
        system.setProperty("os.name", "Linux");
        system.setProperty("os.version", "6.1.0");
        system.setProperty("os.arch", "amd64");
        return system;
    }

    @Test
    void build_listsEveryFactOnItsOwnLine() {
        String text = DebugInfo.build("0.1.0", system(), List.of(
                new DebugInfo.Library("JFreeChart", "1.5.6"),
                new DebugInfo.Library("EJML", DebugInfo.UNKNOWN)));

        List<String> lines = text.lines().toList();
        assertEquals(List.of(
                "Causal Workbench: 0.1.0",
                "Java: 17.0.12 (Eclipse Adoptium; OpenJDK 64-Bit Server VM 17.0.12+7)",
                "JavaFX: 21.0.11+2",
                "Operating system: Linux 6.1.0 (amd64)",
                "JFreeChart: 1.5.6",
                "EJML: unknown"), lines.subList(0, 6));
        assertTrue(lines.get(6).startsWith("Log: standard error"), lines.get(6));
        assertEquals(7, lines.size());
    }

    @Test
    void missingProperty_readsUnknown() {
        Properties system = system();
        system.remove("javafx.runtime.version");

        String text = DebugInfo.build("0.1.0", system, List.of());

        assertTrue(text.contains("JavaFX: unknown"), text);
    }

    @Test
    void logFileProperty_givesAbsolutePath() {
        Properties system = system();
        system.setProperty(DebugInfo.LOG_FILE_PROPERTY, "logs/workbench.log");

        assertEquals(Path.of("logs/workbench.log").toAbsolutePath().toString(),
                DebugInfo.logLocation(system));
    }

    @Test
    void libraryVersion_comesFromTheJar() {
        String version = LibraryVersions.version(JFreeChart.class, "org.jfree", "jfreechart");

        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
    }

    @Test
    void everyListedLibrary_hasAVersion() {
        for (DebugInfo.Library library : LibraryVersions.libraries()) {
            assertTrue(library.version().matches("\\d+\\.\\d+.*"),
                    library.name() + ": " + library.version());
        }
    }

    @Test
    void libraryWithoutMetadata_readsUnknown() {
        String version = LibraryVersions.version(DebugInfoTest.class, "org.example",
                "no-such-artifact");

        assertEquals(DebugInfo.UNKNOWN, version);
    }

    @Test
    void collect_namesRunningJava() {
        String text = DebugInfo.collect();

        assertTrue(text.contains("Java: " + System.getProperty("java.version")), text);
        assertTrue(text.contains("Causal Workbench: "), text);
    }
}
