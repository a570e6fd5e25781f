package org.causalworkbench.app.export;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.causalworkbench.app.chart.ChartThemes;
import org.causalworkbench.app.chart.ChartTooltips;
import org.causalworkbench.app.theme.Theme;
import org.causalworkbench.app.theme.ThemeSetting;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;

/**
 * Creates the chart viewers of the workbench. Each viewer follows {@link ThemeSetting}, themes
 * every chart it is given, shows the values of the item under the mouse, and offers our SVG, PDF and PNG export in its context menu in place
 * of JFreeChart's own entries.
 */
public final class ChartViewers {

    /** The id under which org.jfree.chart.fx 2.0 registers its mouse-wheel zoom. */
    static final String WHEEL_ZOOM = "scroll";

    private ChartViewers() {
    }

    /**
     * Creates an empty viewer; call it on the FX thread.
     *
     * @return the viewer
     */
    public static ChartViewer create() {
        ThemedViewer viewer = new ThemedViewer();
        ChartExportMenu.install(viewer);
        // The workspaces scroll, and a wheel turn over a chart zoomed it instead of scrolling
        // the page, with no visible way back. Dragging a rectangle still zooms.
        MouseHandlerFX wheelZoom = viewer.getCanvas().getMouseHandler(WHEEL_ZOOM);
        if (wheelZoom != null) {
            viewer.getCanvas().removeAuxiliaryMouseHandler(wheelZoom);
        }
        return viewer;
    }

    /** A viewer that gives each chart the current theme before showing it. */
    private static final class ThemedViewer extends ChartViewer {

        /** Kept as a field so the weak listener lives as long as the viewer. */
        private final ChangeListener<Theme> onThemeChange = (obs, old, now) -> {
            if (getChart() != null) {
                ChartThemes.apply(getChart(), now);
            }
        };

        ThemedViewer() {
            ThemeSetting.current().addListener(new WeakChangeListener<>(onThemeChange));
        }

        @Override
        public void setChart(JFreeChart chart) {
            ChartThemes.apply(chart, ThemeSetting.current().get());
            ChartTooltips.install(chart);
            super.setChart(chart);
        }
    }
}
