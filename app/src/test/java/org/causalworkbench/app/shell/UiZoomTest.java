package org.causalworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Checks the zoom steps, their limits and that the level persists in the injected node. */
class UiZoomTest {

    private final MemoryPreferences preferences = new MemoryPreferences();

    @Test
    void newZoom_startsAtHundredPercent() {
        UiZoom zoom = new UiZoom(preferences);

        assertEquals(1.0, zoom.level());
        assertEquals("-fx-font-size: 13.00px;", zoom.rootStyle());
    }

    @Test
    void zoomIn_stopsAtTwoHundredPercent() {
        UiZoom zoom = new UiZoom(preferences);

        for (int i = 0; i < 20; i++) {
            zoom.zoomIn();
        }

        assertEquals(2.0, zoom.level());
        assertEquals("-fx-font-size: 26.00px;", zoom.rootStyle());
        assertEquals("200 %", zoom.percentText());
    }

    @Test
    void zoomOut_stopsAtEightyPercent() {
        UiZoom zoom = new UiZoom(preferences);

        for (int i = 0; i < 20; i++) {
            zoom.zoomOut();
        }

        assertEquals(0.8, zoom.level());
    }

    @Test
    void steps_visitEveryLevelInOrder() {
        UiZoom zoom = new UiZoom(preferences);
        zoom.setLevel(0.8);

        for (int i = 1; i < UiZoom.LEVELS.length; i++) {
            zoom.zoomIn();
            assertEquals(UiZoom.LEVELS[i], zoom.level());
        }
    }

    @Test
    void level_persistsAcrossInstances() {
        UiZoom first = new UiZoom(preferences);
        first.zoomIn();
        first.zoomIn();

        UiZoom second = new UiZoom(preferences);

        assertEquals(1.25, second.level());
        assertEquals(1.25, preferences.getDouble(UiZoom.PREFERENCE_KEY, 0), 0);
    }

    @Test
    void reset_storesHundredPercent() {
        UiZoom zoom = new UiZoom(preferences);
        zoom.zoomOut();

        zoom.reset();

        assertEquals(1.0, new UiZoom(preferences).level());
    }

    @Test
    void storedValueOutsideRange_snapsToNearestStep() {
        preferences.putDouble(UiZoom.PREFERENCE_KEY, 7.0);
        assertEquals(2.0, new UiZoom(preferences).level());

        preferences.putDouble(UiZoom.PREFERENCE_KEY, 1.3);
        assertEquals(1.25, new UiZoom(preferences).level());
    }

    @Test
    void nonFiniteLevel_isRejected() {
        UiZoom zoom = new UiZoom(preferences);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> zoom.setLevel(Double.NaN));
        assertEquals(1.0, zoom.level());
        assertEquals(true, error.getMessage().contains("NaN"));
    }
}
