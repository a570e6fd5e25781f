package org.causalworkbench.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The text that Help &gt; About copies for a bug report: workbench, Java, JavaFX and library
 * versions, the operating system and where the log goes.
 */
public final class DebugInfo {

    /** The text shown for a version that could not be found. */
    public static final String UNKNOWN = "unknown";

    /** The slf4j-simple system property that sends the log to a file. */
    static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

    private DebugInfo() {
    }

    /**
     * One library and its version.
     *
     * @param name the library's name
     * @param version its version, or {@link #UNKNOWN}
     */
    public record Library(String name, String version) {
    }

    /**
     * Collects the text for the running application.
     *
     * @return the debug information, one fact per line
     */
    public static String collect() {
        return build(LibraryVersions.workbench(), System.getProperties(),
                LibraryVersions.libraries());
    }

    /**
     * Builds the text from its parts.
     *
     * @param workbenchVersion the workbench's version
     * @param system the system properties to read Java, JavaFX, operating-system and log
     *        settings from
     * @param libraries the libraries to list, in order
     * @return the debug information, one fact per line
     */
    public static String build(String workbenchVersion, Properties system,
            List<Library> libraries) {
        StringBuilder text = new StringBuilder();
        line(text, "Causal Workbench", workbenchVersion);
        line(text, "Java", value(system, "java.version") + " ("
                + value(system, "java.vendor") + "; " + value(system, "java.vm.name") + " "
                + value(system, "java.vm.version") + ")");
        line(text, "JavaFX", value(system, "javafx.runtime.version"));
        line(text, "Operating system", value(system, "os.name") + " "
                + value(system, "os.version") + " (" + value(system, "os.arch") + ")");
        for (Library library : libraries) {
            line(text, library.name(), library.version());
        }
        line(text, "Log", logLocation(system));
        return text.toString();
    }

    /**
     * Describes where slf4j-simple writes the log: a file when its log-file property names
     * one, otherwise standard error or standard output.
     */
    static String logLocation(Properties system) {
        String target = system.getProperty(LOG_FILE_PROPERTY, "System.err");
        return switch (target) {
            case "System.err" -> "standard error (no log file; start with -D"
                    + LOG_FILE_PROPERTY + "=PATH to write one)";
            case "System.out" -> "standard output (no log file)";
            default -> Path.of(target).toAbsolutePath().toString();
        };
    }

    private static String value(Map<Object, Object> system, String key) {
        Object value = system.get(key);
        return value == null || value.toString().isBlank() ? UNKNOWN : value.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(label).append(": ").append(value).append(System.lineSeparator());
    }
}
