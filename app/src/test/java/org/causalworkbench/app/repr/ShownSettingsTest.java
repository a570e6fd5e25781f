package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Checks when the stale mark of a shown result is set and cleared. */
class ShownSettingsTest {

    private final AtomicReference<Object> next = new AtomicReference<>("a");
    private final ShownSettings shown = new ShownSettings(this, "stale", next::get);

    @Test
    void nothingShown_isNotStale() {
        next.set("b");
        shown.update();

        assertFalse(shown.property().get());
    }

    @Test
    void changedSettings_markStale() {
        shown.show("a");

        next.set("b");
        shown.update();

        assertTrue(shown.property().get());
    }

    @Test
    void restoredSettings_clearMark() {
        shown.show("a");
        next.set("b");
        shown.update();

        next.set("a");
        shown.update();

        assertFalse(shown.property().get());
    }

    @Test
    void stoppedRunOfSameSettings_marksStale() {
        shown.show("a");

        boolean kept = shown.stopped("a");

        assertTrue(kept);
        assertTrue(shown.property().get());
    }

    @Test
    void stoppedSameSettings_survivesRoundTrip() {
        shown.show("a");
        shown.stopped("a");

        next.set("b");
        shown.update();
        next.set("a");
        shown.update();

        assertTrue(shown.property().get(), "the last run with these settings did not finish");
    }

    @Test
    void stoppedRunOfOtherSettings_clearsOnRestore() {
        shown.show("a");
        next.set("b");
        shown.update();
        shown.stopped("b");

        next.set("a");
        shown.update();

        assertFalse(shown.property().get());
    }

    @Test
    void finishedRun_clearsStoppedMark() {
        shown.show("a");
        shown.stopped("a");

        shown.show("a");

        assertFalse(shown.property().get());
    }

    @Test
    void stoppedWithoutResult_keepsNothing() {
        boolean kept = shown.stopped("a");

        assertFalse(kept);
        assertFalse(shown.property().get());
    }

    @Test
    void clear_dropsMark() {
        shown.show("a");
        shown.stopped("a");

        shown.clear();

        assertFalse(shown.property().get());
    }
}
