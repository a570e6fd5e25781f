package org.causalworkbench.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.causalworkbench.app.WorkbenchVersion;

/**
 * Versions of the runtime and the libraries that computed a result, read from the jars on the
 * class path, so a reviewer can tell whether two runs used the same code.
 */
public final class Provenance {

    private static final String[][] LIBRARIES = {
        {"EJML", "org.ejml", "ejml-ddense"},
        {"Apache Commons Math", "org.apache.commons", "commons-math3"},
        {"Apache Commons CSV", "org.apache.commons", "commons-csv"},
        {"JGraphT", "org.jgrapht", "jgrapht-core"},
        {"JFreeChart", "org.jfree", "jfreechart"},
        {"JFreeSVG", "org.jfree", "org.jfree.svg"},
        {"Jackson", "com.fasterxml.jackson.core", "jackson-databind"},
    };

    private Provenance() {
    }

    /**
     * Returns name-value pairs: the workbench, Java, JavaFX, the operating system and each
     * library's version, "unknown" where a jar does not state it.
     *
     * @return the pairs, in a fixed order
     */
    public static List<String[]> versions() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Causal Workbench", WorkbenchVersion.current()});
        rows.add(new String[] {"Java", System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")"});
        rows.add(new String[] {"JavaFX", javaFxVersion()});
        rows.add(new String[] {"Operating system", System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")"});
        for (String[] library : LIBRARIES) {
            rows.add(new String[] {library[0], mavenVersion(library[1], library[2])});
        }
        return rows;
    }

    /**
     * Reads a library's version from the pom.properties Maven puts in its jar.
     *
     * @param group the group id
     * @param artifact the artifact id
     * @return the version; for a jar without that file the version the build declared, or
     *     "unknown"
     */
    public static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Provenance.class.getResourceAsStream(resource)) {
            if (in == null) {
                return WorkbenchVersion.declaredLibrary(artifact);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    /**
     * Returns the JavaFX version. The toolkit sets a system property when it starts. Without a
     * window the version comes from JavaFX's own version class, because the javafx-base jar
     * carries no Maven metadata.
     */
    static String javaFxVersion() {
        String running = System.getProperty("javafx.runtime.version");
        if (running != null) {
            return running;
        }
        try {
            Object version = Class.forName("com.sun.javafx.runtime.VersionInfo")
                    .getMethod("getRuntimeVersion").invoke(null);
            return String.valueOf(version);
        } catch (ReflectiveOperationException | LinkageError unavailable) {
            return "unknown";
        }
    }
}
