package org.causalworkbench.app.shell;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.causalworkbench.app.chart.ChartZoom;
import org.jfree.chart.fx.ChartViewer;

/**
 * Keeps the charts of a scene at the interface zoom. Panes replace a viewer's chart after each
 * run, and {@link ChartViewer} offers no property to observe that, so after each layout pulse
 * this checks the chart of every viewer it knows and rescales those not yet at the level.
 *
 * <p>Viewers are found by walking the scene graph when the level changes and at most once a
 * second otherwise. NOTE: a viewer added to the scene shows 100 % text until the next walk; a
 * shared viewer factory can call {@link #register(ChartViewer)} to close that gap.
 */
public final class ChartZoomFollower {

    private static final long RESCAN_INTERVAL_NANOS = 1_000_000_000L;

    private final Scene scene;
    private final Set<ChartViewer> viewers = Collections.newSetFromMap(new WeakHashMap<>());
    private long lastScanNanos;
    private boolean scanNeeded = true;

    private ChartZoomFollower(Scene scene) {
        this.scene = scene;
    }

    /**
     * Starts keeping a scene's charts at {@link ChartZoom#levelProperty()}.
     *
     * @param scene the scene
     * @return the follower, for registering viewers directly
     */
    public static ChartZoomFollower install(Scene scene) {
        ChartZoomFollower follower = new ChartZoomFollower(scene);
        ChartZoom.levelProperty().addListener((obs, old, now) -> {
            follower.scanNeeded = true;
            scene.getRoot().requestLayout();
        });
        scene.addPostLayoutPulseListener(follower::afterLayout);
        return follower;
    }

    /**
     * Adds a viewer whose charts follow the zoom.
     *
     * @param viewer the viewer
     */
    public void register(ChartViewer viewer) {
        viewers.add(viewer);
        ChartZoom.apply(viewer.getChart());
    }

    private void afterLayout() {
        // Builders make charts at 100 %, so at that level only a level change needs work.
        if (!scanNeeded && ChartZoom.levelProperty().get() == 1.0 && viewers.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        if (scanNeeded || now - lastScanNanos > RESCAN_INTERVAL_NANOS) {
            scanNeeded = false;
            lastScanNanos = now;
            collect(scene.getRoot());
        }
        for (ChartViewer viewer : viewers) {
            if (viewer.getChart() != null && !ChartZoom.isCurrent(viewer.getChart())) {
                ChartZoom.apply(viewer.getChart());
            }
        }
    }

    private void collect(Node node) {
        if (node instanceof ChartViewer viewer) {
            viewers.add(viewer);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child);
            }
        }
    }
}
