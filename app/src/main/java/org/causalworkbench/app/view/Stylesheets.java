package org.causalworkbench.app.view;

import org.causalworkbench.app.theme.ThemeStylesheets;

/** Locates the stylesheets shipped in the ui-resources module. */
final class Stylesheets {

    /** The main stylesheet's URL, as text for {@code Scene.getStylesheets()}. */
    static final String WORKBENCH =
            ThemeStylesheets.locate("/org/causalworkbench/ui/workbench.css");

    /** The class-path resource of the dark theme's additions to the main stylesheet. */
    static final String WORKBENCH_DARK_RESOURCE = "/org/causalworkbench/ui/workbench-dark.css";

    private Stylesheets() {
    }
}
