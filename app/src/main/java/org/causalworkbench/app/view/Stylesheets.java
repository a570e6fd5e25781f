package org.causalworkbench.app.view;

import java.net.URL;

/** Locates the stylesheets shipped in the ui-resources module. */
final class Stylesheets {

    /** The main stylesheet's URL, as text for {@code Scene.getStylesheets()}. */
    static final String WORKBENCH = locate("/org/causalworkbench/ui/workbench.css");

    private Stylesheets() {
    }

    private static String locate(String resource) {
        URL url = Stylesheets.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + resource + " is missing from the"
                    + " class path; the ui-resources module must be on it");
        }
        return url.toExternalForm();
    }
}
