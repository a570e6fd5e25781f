package org.causalworkbench.app.export;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.causalworkbench.app.chart.ChartThemes;
import org.causalworkbench.app.theme.Theme;
import org.causalworkbench.app.theme.ThemeSetting;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Creates the chart viewers of the workbench. Each viewer follows {@link ThemeSetting}, themes
 * every chart it is given, and offers our SVG, PDF and PNG export in its context menu in place
 * of JFreeChart's own entries.
 */
public final class ChartViewers {

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
            super.setChart(chart);
        }
    }
}
