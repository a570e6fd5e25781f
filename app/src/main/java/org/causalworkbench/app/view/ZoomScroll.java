package org.causalworkbench.app.view;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.causalworkbench.app.chart.ChartZoom;

/**
 * Puts a workspace in a scroll pane whose content keeps a minimum size that grows with the
 * interface zoom. Without it, zooming to 150 % or 200 % in a window of ordinary size squeezed
 * the charts to a few pixels. Now the workspace keeps its proportions and scrolls.
 */
final class ZoomScroll {

    /** The smallest workspace at 100 %, in pixels: it fits a 1280 by 800 screen. */
    static final double MIN_WIDTH = 1100;
    static final double MIN_HEIGHT = 600;

    private ZoomScroll() {
    }

    static ScrollPane wrap(Region content) {
        content.minWidthProperty().bind(ChartZoom.levelProperty().multiply(MIN_WIDTH));
        content.minHeightProperty().bind(ChartZoom.levelProperty().multiply(MIN_HEIGHT));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("workspace-scroll");
        return scroll;
    }
}
