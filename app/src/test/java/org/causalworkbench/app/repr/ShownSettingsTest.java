package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Checks when the stale mark of a shown result is set and cleared. */
class ShownSettingsTest {

    private final AtomicReference<Object> next = new AtomicReference<>("a");
    private final ShownSettings tracker = new ShownSettings(this, "stale", next::get);

    @Test
    void nothingShown_isNotStale() {
        next.set("b");
        tracker.update();

        assertFalse(tracker.property().get());
    }

    @Test
    void changedSettings_markStale() {
        tracker.show("a");

        next.set("b");
        tracker.update();

        assertTrue(tracker.property().get());
    }

    @Test
    void restoredSettings_clearMark() {
        tracker.show("a");
        next.set("b");
        tracker.update();

        next.set("a");
        tracker.update();

        assertFalse(tracker.property().get());
    }

    @Test
    void stoppedRunOfSameSettings_marksStale() {
        tracker.show("a");

        boolean previousOnScreen = tracker.stopped("a");

        assertTrue(previousOnScreen);
        assertTrue(tracker.property().get());
    }

    @Test
    void stoppedSameSettings_survivesRoundTrip() {
        tracker.show("a");
        tracker.stopped("a");

        next.set("b");
        tracker.update();
        next.set("a");
        tracker.update();

        assertTrue(tracker.property().get(), "the last run with these settings did not finish");
    }

    @Test
    void stoppedRunOfOtherSettings_clearsOnRestore() {
        tracker.show("a");
        next.set("b");
        tracker.update();
        tracker.stopped("b");

        next.set("a");
        tracker.update();

        assertFalse(tracker.property().get());
    }

    @Test
    void finishedRun_clearsStoppedMark() {
        tracker.show("a");
        tracker.stopped("a");

        tracker.show("a");

        assertFalse(tracker.property().get());
    }

    @Test
    void stoppedWithoutResult_keepsNothing() {
        boolean previousOnScreen = tracker.stopped("a");

        assertFalse(previousOnScreen);
        assertFalse(tracker.property().get());
    }

    @Test
    void clear_dropsMark() {
        tracker.show("a");
        tracker.stopped("a");

        tracker.clear();

        assertFalse(tracker.property().get());
    }
}
