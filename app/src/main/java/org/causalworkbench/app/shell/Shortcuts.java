package org.causalworkbench.app.shell;

import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/** The ids and default combinations of the workbench's keyboard shortcuts. */
public final class Shortcuts {

    /** Opens a long-format CSV panel. */
    public static final String OPEN_CSV = "window.open-csv";
    /** Closes the window. */
    public static final String QUIT = "window.quit";
    /** Runs the analysis of the workspace on screen. */
    public static final String RUN = "window.run";
    /** Cancels the running analysis of the workspace on screen. */
    public static final String CANCEL = "window.cancel";
    /** Enlarges the interface one step. */
    public static final String ZOOM_IN = "window.zoom-in";
    /** Shrinks the interface one step. */
    public static final String ZOOM_OUT = "window.zoom-out";
    /** Returns the interface to 100 %. */
    public static final String ZOOM_RESET = "window.zoom-reset";
    /** Shows or hides the running-tasks drawer. */
    public static final String TASKS_DRAWER = "window.tasks-drawer";
    /** Opens the keyboard shortcut cheat sheet. */
    public static final String SHORTCUT_SHEET = "window.shortcut-sheet";
    /** Runs the analysis through a settings pane's default Run button. */
    public static final String RUN_FROM_FIELD = "settings.run-default";
    /** Removes the selected units or edge of the graph editor. */
    public static final String GRAPH_DELETE = "graph.delete";
    /** Clears the graph editor's selection. */
    public static final String GRAPH_CLEAR_SELECTION = "graph.clear-selection";
    /** Opens a project file. */
    public static final String OPEN_PROJECT = "window.open-project";
    /** Saves the project to its file, asking for one the first time. */
    public static final String SAVE_PROJECT = "window.save-project";
    /** Saves the project to a new file. */
    public static final String SAVE_PROJECT_AS = "window.save-project-as";
    /** Undoes the newest edit of any editor, the graph canvas included. */
    public static final String UNDO = "window.undo";
    /** Redoes the newest undone edit. */
    public static final String REDO = "window.redo";

    private static final ShortcutRegistry STANDARD = createStandard();

    private Shortcuts() {
    }

    /** Returns the registry of the workbench's shortcuts. */
    public static ShortcutRegistry standard() {
        return STANDARD;
    }

    /**
     * Returns a standard shortcut by id.
     *
     * @param id one of this class's ids
     * @return the shortcut
     */
    public static Shortcut get(String id) {
        return STANDARD.get(id);
    }

    private static ShortcutRegistry createStandard() {
        ShortcutRegistry registry = new ShortcutRegistry();
        registry.register(Shortcut.of(OPEN_CSV, "Open a long-format CSV panel",
                ShortcutScope.WINDOW, key(KeyCode.O)));
        registry.register(Shortcut.of(OPEN_PROJECT, "Open a project file", ShortcutScope.WINDOW,
                new KeyCodeCombination(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN)));
        registry.register(Shortcut.of(SAVE_PROJECT, "Save the project", ShortcutScope.WINDOW,
                key(KeyCode.S)));
        registry.register(Shortcut.of(SAVE_PROJECT_AS, "Save the project to a new file",
                ShortcutScope.WINDOW, new KeyCodeCombination(KeyCode.S, SHORTCUT_DOWN,
                        SHIFT_DOWN)));
        registry.register(Shortcut.of(QUIT, "Close the window", ShortcutScope.WINDOW,
                key(KeyCode.Q)));

        registry.register(Shortcut.of(RUN, "Run the analysis of the workspace on screen",
                ShortcutScope.WINDOW, key(KeyCode.R)));
        // Cmd+Period is the macOS convention for "stop"; Escape stays free for dialogs and
        // the graph editor.
        registry.register(Shortcut.of(CANCEL, "Cancel the running analysis of the workspace"
                + " on screen", ShortcutScope.WINDOW, key(KeyCode.PERIOD)));

        // Plus needs Shift on many layouts, so the unshifted Equals key zooms in as well.
        registry.register(Shortcut.of(ZOOM_IN, "Zoom in", ShortcutScope.WINDOW,
                new KeyCodeCombination(KeyCode.PLUS, SHORTCUT_DOWN, SHIFT_ANY),
                new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_ANY),
                key(KeyCode.ADD)));
        registry.register(Shortcut.of(ZOOM_OUT, "Zoom out", ShortcutScope.WINDOW,
                key(KeyCode.MINUS), key(KeyCode.SUBTRACT)));
        registry.register(Shortcut.of(ZOOM_RESET, "Reset the zoom to 100 %",
                ShortcutScope.WINDOW, key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0)));

        registry.register(Shortcut.of(TASKS_DRAWER, "Show or hide the running tasks",
                ShortcutScope.WINDOW, key(KeyCode.T)));
        registry.register(Shortcut.of(SHORTCUT_SHEET, "Show this list of keyboard shortcuts",
                ShortcutScope.WINDOW, key(KeyCode.SLASH)));

        registry.register(Shortcut.of(RUN_FROM_FIELD, "Run the analysis (Run is the default"
                + " button; in the Screen tab Enter only commits the value)",
                ShortcutScope.SETTINGS, new KeyCodeCombination(KeyCode.ENTER)));

        registry.register(Shortcut.of(GRAPH_DELETE, "Remove the selected units with their"
                + " edges, or the selected edge", ShortcutScope.GRAPH_CANVAS,
                new KeyCodeCombination(KeyCode.DELETE),
                new KeyCodeCombination(KeyCode.BACK_SPACE)));
        registry.register(Shortcut.of(GRAPH_CLEAR_SELECTION, "Clear the selection",
                ShortcutScope.GRAPH_CANVAS, new KeyCodeCombination(KeyCode.ESCAPE)));

        // One command stack serves every editor, so undo is a window command. The graph canvas
        // handles the same keys itself and consumes them, so one press undoes once.
        registry.register(Shortcut.of(UNDO, "Undo the last edit (graph, donor pool, settings,"
                + " loaded data)", ShortcutScope.WINDOW, key(KeyCode.Z)));
        registry.register(Shortcut.of(REDO, "Redo the last undone edit", ShortcutScope.WINDOW,
                new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN), key(KeyCode.Y)));

        return registry;
    }

    private static KeyCodeCombination key(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT_DOWN);
    }
}
