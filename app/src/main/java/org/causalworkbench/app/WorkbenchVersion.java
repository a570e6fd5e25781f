package org.causalworkbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The workbench's own version, from a resource that Maven fills in at build time. */
public final class WorkbenchVersion {

    private static final String RESOURCE = "/org/causalworkbench/app/workbench.properties";
    private static final String VERSION = read();

    private WorkbenchVersion() {
    }

    /** Returns the version, such as "0.1.0-SNAPSHOT", or "unknown" outside a Maven build. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = WorkbenchVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
