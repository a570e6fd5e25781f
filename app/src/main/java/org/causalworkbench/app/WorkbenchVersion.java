package org.causalworkbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The workbench's own version, from a resource that Maven fills in at build time. */
public final class WorkbenchVersion {

    private static final String RESOURCE = "/org/causalworkbench/app/workbench.properties";
    private static final Properties PROPERTIES = read();
    private static final String VERSION = valueOf("version");

    private WorkbenchVersion() {
    }

    /** Returns the version, such as "0.1.0-SNAPSHOT", or "unknown" outside a Maven build. */
    public static String current() {
        return VERSION;
    }

    /**
     * Returns the version of a library as the build declared it, for jars that carry no
     * version of their own.
     *
     * @param artifact the Maven artifact id, such as "ejml-ddense"
     * @return the version, or "unknown"
     */
    public static String declaredLibrary(String artifact) {
        return valueOf("library." + artifact);
    }

    private static String valueOf(String key) {
        String value = PROPERTIES.getProperty(key, "unknown");
        return value.startsWith("${") ? "unknown" : value;
    }

    private static Properties read() {
        Properties properties = new Properties();
        try (InputStream in = WorkbenchVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            properties.clear();
        }
        return properties;
    }
}
