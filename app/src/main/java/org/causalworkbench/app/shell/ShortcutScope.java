package org.causalworkbench.app.shell;

/**
 * Where a keyboard shortcut acts. A window-wide shortcut acts wherever the focus is, so it
 * must not reuse a combination of any narrower scope.
 */
public enum ShortcutScope {

    /** Anywhere in the main window, as a menu accelerator or scene accelerator. */
    WINDOW("Whole window"),

    /** While a field of an analysis settings pane has the focus. */
    SETTINGS("Analysis settings"),

    /** While the interference graph editor's canvas has the focus. */
    GRAPH_CANVAS("Graph editor");

    private final String title;

    ShortcutScope(String title) {
        this.title = title;
    }

    /** Returns the heading the cheat sheet shows for this scope. */
    public String title() {
        return title;
    }
}
