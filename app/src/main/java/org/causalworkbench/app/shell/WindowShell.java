package org.causalworkbench.app.shell;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.causalworkbench.app.chart.ChartZoom;

/**
 * The parts of the main window around the workspaces: menu items whose keys come from the
 * shortcut registry, the View menu with zoom, the running-tasks drawer, notifications when a
 * long run ends, the shortcut cheat sheet and Help &gt; About.
 *
 * <p>Create it before the menus, add its nodes to the window, then call
 * {@link #install(Scene)} once the scene exists.
 */
public final class WindowShell {

    private static final String STYLESHEET = "/org/causalworkbench/ui/shell.css";

    /** The largest share of the window's width the tasks drawer takes. */
    private static final double DRAWER_SHARE = 0.3;

    private final Stage stage;
    private final ShortcutRegistry registry;
    private final UiZoom zoom;
    private final RunningTasks tasks = new RunningTasks(Platform::runLater);
    private final TasksDrawer drawer = new TasksDrawer(tasks);
    private final Map<KeyCombination, Runnable> extraAccelerators = new LinkedHashMap<>();

    /**
     * Creates the shell of a window.
     *
     * @param stage the window
     * @param preferences the node that stores the zoom level; tests pass a throw-away node
     */
    public WindowShell(Stage stage, Preferences preferences) {
        this(stage, preferences, new RunNotices(RunNotices.DEFAULT_THRESHOLD));
    }

    /**
     * Creates the shell of a window with a notification rule of the caller's choice.
     *
     * @param stage the window
     * @param preferences the node that stores the zoom level
     * @param notices decides which ended runs get a notification
     */
    public WindowShell(Stage stage, Preferences preferences, RunNotices notices) {
        this.stage = stage;
        this.registry = Shortcuts.standard();
        this.zoom = new UiZoom(preferences);
        tasks.setOnRunEnded(new RunNotifier(stage, notices)::runEnded);
    }

    /**
     * Creates a menu item whose accelerator is the shortcut's primary combination. Further
     * combinations of the shortcut become scene accelerators in {@link #install(Scene)}.
     *
     * @param shortcutId a {@link Shortcuts} id
     * @param text the item's text
     * @param action what the item does
     * @return the item
     */
    public MenuItem menuItem(String shortcutId, String text, Runnable action) {
        Shortcut shortcut = registry.get(shortcutId);
        MenuItem item = new MenuItem(text);
        item.setId(shortcutId);
        item.setAccelerator(shortcut.primary());
        item.setOnAction(event -> action.run());
        for (KeyCombination extra : shortcut.combinations().subList(1,
                shortcut.combinations().size())) {
            extraAccelerators.put(extra, action);
        }
        return item;
    }

    /** Creates the View menu: zoom in, zoom out, actual size and the tasks drawer. */
    public Menu viewMenu() {
        return new Menu("View", null,
                menuItem(Shortcuts.ZOOM_IN, "Zoom in", zoom::zoomIn),
                menuItem(Shortcuts.ZOOM_OUT, "Zoom out", zoom::zoomOut),
                menuItem(Shortcuts.ZOOM_RESET, "Actual size", zoom::reset),
                new SeparatorMenuItem(),
                menuItem(Shortcuts.TASKS_DRAWER, "Running tasks", drawer::toggle));
    }

    /** Creates the Help menu's items: the shortcut cheat sheet and About. */
    public List<MenuItem> helpItems() {
        MenuItem about = new MenuItem("About Causal Workbench");
        about.setId("about");
        about.setOnAction(event -> zoomed(AboutDialog.create(stage, DebugInfo.collect()))
                .show());
        return List.of(menuItem(Shortcuts.SHORTCUT_SHEET, "Keyboard shortcuts",
                () -> zoomed(ShortcutSheet.create(stage, registry)).show()), about);
    }

    /** Gives a dialog, which has a scene of its own, the window's zoom and stylesheet. */
    private Alert zoomed(Alert alert) {
        alert.getDialogPane().setStyle(zoom.rootStyle());
        alert.getDialogPane().getStylesheets().add(stylesheet());
        return alert;
    }

    /**
     * Lists a background computation in the tasks drawer and notifies when a long run of it
     * ends.
     *
     * @param task the computation
     */
    public void track(TrackedTask task) {
        tasks.track(task);
    }

    /** Returns the running-tasks drawer, hidden until its toggle is pressed. */
    public TasksDrawer drawer() {
        return drawer;
    }

    /** Returns the tracked computations. */
    public RunningTasks tasks() {
        return tasks;
    }

    /** Returns the zoom. */
    public UiZoom zoom() {
        return zoom;
    }

    /**
     * Applies the zoom to the scene and its charts, adds the shell's stylesheet and the
     * shortcuts' further combinations.
     *
     * @param scene the window's scene
     */
    public void install(Scene scene) {
        zoom.attach(scene.getRoot());
        ChartZoom.levelProperty().set(zoom.level());
        zoom.levelProperty().addListener((obs, old, now) ->
                ChartZoom.levelProperty().set(now.doubleValue()));
        ChartZoomFollower.install(scene);
        scene.getAccelerators().putAll(extraAccelerators);
        scene.getStylesheets().add(stylesheet());
        // At 200 % the drawer's em width would squeeze the workspace, so it keeps to a share.
        drawer.maxWidthProperty().bind(scene.widthProperty().multiply(DRAWER_SHARE));
    }

    private static String stylesheet() {
        URL stylesheet = WindowShell.class.getResource(STYLESHEET);
        if (stylesheet == null) {
            throw new IllegalStateException("stylesheet " + STYLESHEET + " is missing from the"
                    + " class path; the ui-resources module must be on it");
        }
        return stylesheet.toExternalForm();
    }
}
