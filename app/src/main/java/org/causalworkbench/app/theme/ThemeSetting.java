package org.causalworkbench.app.theme;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme in use across the application, which stylesheets, charts and the graph editor
 * follow. Read and change it on the FX thread only, because listeners repaint controls.
 */
public final class ThemeSetting {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeSetting.class);
    /** The system property that chooses the theme at start, over the saved choice. */
    public static final String THEME_PROPERTY = "causalworkbench.theme";

    private static final String PREFERENCE_KEY = "theme";
    private static final ObjectProperty<Theme> CURRENT =
            new SimpleObjectProperty<>(ThemeSetting.class, "current", Theme.LIGHT);

    private ThemeSetting() {
    }

    /**
     * Returns the current theme, which starts as {@link Theme#LIGHT} until {@link #restore()}
     * or a caller sets it. Setting {@code null} is rejected by the next reader, so do not.
     *
     * @return the property holding the current theme
     */
    public static ObjectProperty<Theme> current() {
        return CURRENT;
    }

    /**
     * Sets the current theme from the system property {@value #THEME_PROPERTY} ("light" or
     * "dark") if given, else from the user's saved choice. Leaves it unchanged when there is
     * neither or the value names no theme.
     */
    public static void restore() {
        String requested = System.getProperty(THEME_PROPERTY);
        String saved = requested != null ? requested : preferences().get(PREFERENCE_KEY, null);
        if (saved == null) {
            return;
        }
        try {
            CURRENT.set(Theme.valueOf(saved.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            LOG.warn("Ignoring the theme '{}', which is neither light nor dark", saved);
        }
    }

    /** Saves the current theme as the user's choice for the next start. */
    public static void save() {
        Preferences preferences = preferences();
        preferences.put(PREFERENCE_KEY, CURRENT.get().name());
        try {
            preferences.flush();
        } catch (BackingStoreException failed) {
            LOG.warn("Could not save the theme choice: {}", failed.getMessage());
        }
    }

    private static Preferences preferences() {
        return Preferences.userNodeForPackage(ThemeSetting.class);
    }
}
