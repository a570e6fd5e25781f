package org.causalworkbench.app.repr;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Decides whether charts show a stale result. They do when the settings of the result on
 * screen differ from the next run's settings, or when a run with the next run's settings
 * was cancelled or failed after that result. Comparing settings, not counting edits, lets an undo that
 * restores the shown result's settings clear the mark.
 *
 * <p>Settings are compared by {@link Object#equals}, so each panel passes a value, such as a
 * list or a record, that equals another exactly when the runs would be the same.
 *
 * <p><strong>Thread safety.</strong> UI thread only.
 */
final class ShownSettings {

    private final Supplier<Object> next;
    private final ReadOnlyBooleanWrapper stale;
    private Object onScreen;
    private Object unfinished;

    /**
     * @param bean the view model that exposes the flag
     * @param name the flag's property name
     * @param next returns the settings of the next run
     */
    ShownSettings(Object bean, String name, Supplier<Object> next) {
        this.next = next;
        stale = new ReadOnlyBooleanWrapper(bean, name);
    }

    /** Records that the charts now show a result of {@code settings}. */
    void show(Object settings) {
        onScreen = Objects.requireNonNull(settings);
        unfinished = null;
        update();
    }

    /**
     * Records that a run of {@code settings} was cancelled or failed, and returns whether a
     * previous result is still on screen.
     */
    boolean stopped(Object settings) {
        unfinished = settings;
        update();
        return onScreen != null;
    }

    /** Records that the charts show nothing. */
    void clear() {
        onScreen = null;
        unfinished = null;
        update();
    }

    /** Recomputes the flag after a setting changed. */
    void update() {
        Object settings = next.get();
        stale.set(onScreen != null
                && (!onScreen.equals(settings) || settings.equals(unfinished)));
    }

    ReadOnlyBooleanProperty property() {
        return stale.getReadOnlyProperty();
    }
}
