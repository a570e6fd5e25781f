package org.causalworkbench.app.theme;

import java.net.URL;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Adds a dark stylesheet after the light one of a scene or parent while the current theme is
 * dark, and removes it when the theme turns light.
 *
 * <p>Each parent with a stylesheet of its own needs a dark counterpart registered here,
 * because a parent's stylesheets take precedence over the scene's.
 */
public final class ThemeStylesheets {

    private static final String LISTENER_KEY = ThemeStylesheets.class.getName();

    private ThemeStylesheets() {
    }

    /**
     * Makes a scene's stylesheets follow the current theme.
     *
     * @param scene the scene
     * @param darkResource the class-path resource of the dark stylesheet
     * @throws IllegalStateException if the resource is missing
     */
    public static void follow(Scene scene, String darkResource) {
        follow(scene.getStylesheets(), scene.getProperties(), darkResource);
    }

    /**
     * Makes a parent's stylesheets follow the current theme.
     *
     * @param parent the parent with a light stylesheet of its own
     * @param darkResource the class-path resource of the dark stylesheet
     * @throws IllegalStateException if the resource is missing
     */
    public static void follow(Parent parent, String darkResource) {
        follow(parent.getStylesheets(), parent.getProperties(), darkResource);
    }

    /**
     * Registers a weak theme listener and keeps it in the owner's properties, so it lives
     * exactly as long as the scene or parent.
     */
    private static void follow(ObservableList<String> sheets,
            ObservableMap<Object, Object> ownerProperties, String darkResource) {
        String dark = locate(darkResource);
        ChangeListener<Theme> listener = (obs, old, now) -> update(sheets, dark, now);
        ownerProperties.put(LISTENER_KEY + darkResource, listener);
        ThemeSetting.current().addListener(new WeakChangeListener<>(listener));
        update(sheets, dark, ThemeSetting.current().get());
    }

    private static void update(ObservableList<String> sheets, String dark, Theme theme) {
        if (theme == Theme.DARK && !sheets.contains(dark)) {
            sheets.add(dark);
        } else if (theme != Theme.DARK) {
            sheets.remove(dark);
        }
    }

    /** Returns the URL of a stylesheet resource as text. */
    public static String locate(String resource) {
        URL url = ThemeStylesheets.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + resource + " is missing from the"
                    + " class path; the ui-resources module must be on it");
        }
        return url.toExternalForm();
    }
}
