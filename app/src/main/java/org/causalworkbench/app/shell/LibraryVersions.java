package org.causalworkbench.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.Manifest;
import org.controlsfx.control.StatusBar;
import org.jfree.chart.JFreeChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the versions of the workbench and of the libraries on the class path, from what their
 * jars carry: the package's implementation version, Maven's {@code pom.properties}, or the
 * OSGi {@code Bundle-Version} in the jar manifest, in that order.
 */
final class LibraryVersions {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryVersions.class);

    private LibraryVersions() {
    }

    /**
     * Returns the workbench's version from the application jar's manifest, or a note that the
     * classes do not come from the packaged jar, as in tests and IDE runs.
     */
    static String workbench() {
        String version = LibraryVersions.class.getPackage().getImplementationVersion();
        return version != null ? version : "development build (not run from the packaged jar)";
    }

    /** Returns the libraries the About text lists. */
    static List<DebugInfo.Library> libraries() {
        return List.of(
                new DebugInfo.Library("JFreeChart",
                        version(JFreeChart.class, "org.jfree", "jfreechart")),
                new DebugInfo.Library("ControlsFX",
                        version(StatusBar.class, "org.controlsfx", "controlsfx")),
                new DebugInfo.Library("EJML", ejmlVersion()),
                new DebugInfo.Library("Commons Math",
                        version(org.apache.commons.math3.util.FastMath.class,
                                "org.apache.commons", "commons-math3")));
    }

    /**
     * Returns the version of the library that contains a class.
     *
     * @param anchor a class of the library
     * @param groupId the library's Maven group id
     * @param artifactId the library's Maven artifact id
     * @return the version, or {@link DebugInfo#UNKNOWN}
     */
    static String version(Class<?> anchor, String groupId, String artifactId) {
        String implementation = anchor.getPackage().getImplementationVersion();
        if (implementation != null) {
            return implementation;
        }
        return pomVersion(anchor, groupId, artifactId)
                .or(() -> bundleVersion(anchor))
                .orElse(DebugInfo.UNKNOWN);
    }

    private static Optional<String> pomVersion(Class<?> anchor, String groupId,
            String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version"));
        } catch (IOException unreadable) {
            LOG.warn("Cannot read {}: {}", resource, unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Reads {@code Bundle-Version} from the manifest of the jar the class was loaded from. */
    private static Optional<String> bundleVersion(Class<?> anchor) {
        URL classFile = anchor.getResource(anchor.getSimpleName() + ".class");
        if (classFile == null || !"jar".equals(classFile.getProtocol())) {
            return Optional.empty();
        }
        String url = classFile.toString();
        String manifestUrl = url.substring(0, url.indexOf("!/") + 2) + "META-INF/MANIFEST.MF";
        try (InputStream in = new URL(manifestUrl).openStream()) {
            Manifest manifest = new Manifest(in);
            return Optional.ofNullable(manifest.getMainAttributes().getValue("Bundle-Version"));
        } catch (IOException unreadable) {
            LOG.warn("Cannot read {}: {}", manifestUrl, unreadable.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Returns EJML's version, which its jars carry only as a constant. Reflection reads the
     * jar on the class path, where a plain field access would return the compile-time value.
     */
    private static String ejmlVersion() {
        try {
            return String.valueOf(Class.forName("org.ejml.EjmlVersion").getField("VERSION")
                    .get(null));
        } catch (ReflectiveOperationException missing) {
            LOG.warn("Cannot read EJML's version: {}", missing.toString());
            return DebugInfo.UNKNOWN;
        }
    }
}
