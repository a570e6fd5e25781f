package org.causalworkbench.app.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;

/**
 * The interface zoom level, from 80 % to 200 % in fixed steps, stored in a preferences node so
 * the next start opens at the same size.
 *
 * <p>The level scales the root font size, and the stylesheets give every other size in
 * {@code em}, so one number scales the interface. Sizes set in Java code in pixels, such as
 * minimum widths of panes, do not follow.
 */
public final class UiZoom {

    /** The levels one zoom step moves between, as fractions of 100 %. */
    static final double[] LEVELS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};

    /** The root font size of workbench.css at 100 %, in pixels. */
    static final double BASE_FONT_SIZE_PX = 13;

    /** The preferences key that stores the level. */
    static final String PREFERENCE_KEY = "ui.zoom";

    private final Preferences preferences;
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper(this, "level", 1.0);

    /**
     * Creates the zoom, reading the stored level. A stored value outside the range or between
     * steps snaps to the nearest step.
     *
     * @param preferences the node that stores the level; tests pass a throw-away node
     */
    public UiZoom(Preferences preferences) {
        this.preferences = preferences;
        level.set(nearestLevel(preferences.getDouble(PREFERENCE_KEY, 1.0)));
    }

    /** Returns the preferences node of the workbench for the current user. */
    public static Preferences userPreferences() {
        return Preferences.userRoot().node("org/causalworkbench/workbench");
    }

    /** Returns the level as a fraction of 100 %. */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** Returns the level as a fraction of 100 %. */
    public double level() {
        return level.get();
    }

    /** Moves one step up, staying at 200 % once there. */
    public void zoomIn() {
        setLevel(LEVELS[Math.min(index() + 1, LEVELS.length - 1)]);
    }

    /** Moves one step down, staying at 80 % once there. */
    public void zoomOut() {
        setLevel(LEVELS[Math.max(index() - 1, 0)]);
    }

    /** Returns to 100 %. */
    public void reset() {
        setLevel(1.0);
    }

    /**
     * Sets the level, snapped to the nearest step, and stores it.
     *
     * @param fraction the level as a fraction of 100 %, such as 1.5
     */
    public void setLevel(double fraction) {
        if (!Double.isFinite(fraction)) {
            throw new IllegalArgumentException("zoom level " + fraction + " is not a finite"
                    + " number; give a fraction such as 1.5 for 150 %");
        }
        level.set(nearestLevel(fraction));
        preferences.putDouble(PREFERENCE_KEY, level.get());
    }

    /** Returns the root font size at the current level, as an inline style. */
    public String rootStyle() {
        return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;",
                BASE_FONT_SIZE_PX * level.get());
    }

    /** Returns the level as a percentage for display, such as "150 %". */
    public String percentText() {
        return Math.round(level.get() * 100) + " %";
    }

    /**
     * Keeps a scene root's font size at the current level.
     *
     * @param root the scene root
     */
    public void attach(Parent root) {
        root.setStyle(rootStyle());
        level.addListener((obs, old, now) -> root.setStyle(rootStyle()));
    }

    /** Returns the position of the level in {@link #LEVELS}; levels are always snapped. */
    private int index() {
        return Arrays.binarySearch(LEVELS, level.get());
    }

    private static double nearestLevel(double fraction) {
        double best = LEVELS[0];
        for (double candidate : LEVELS) {
            if (Math.abs(candidate - fraction) < Math.abs(best - fraction)) {
                best = candidate;
            }
        }
        return best;
    }
}
