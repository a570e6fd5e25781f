package org.causalworkbench.app.chart;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * Gives every renderer of a chart a tool tip that shows the series and the values of the item
 * under the mouse, so that a reader can check a number without exporting the chart. XY values
 * are named by their axes ({@link AxisToolTipGenerator}). Renderers that already have a tool
 * tip generator keep it.
 */
public final class ChartTooltips {

    private ChartTooltips() {
    }

    /**
     * Installs the tool tips on every renderer of {@code chart} that has none.
     *
     * @param chart the chart; its plot may be an XY plot, a combined XY plot or a category plot
     */
    public static void install(JFreeChart chart) {
        install(chart.getPlot());
    }

    private static void install(Plot plot) {
        if (plot instanceof CombinedDomainXYPlot combined) {
            combined.getSubplots().forEach(ChartTooltips::install);
        } else if (plot instanceof CombinedRangeXYPlot combined) {
            combined.getSubplots().forEach(ChartTooltips::install);
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                XYItemRenderer renderer = xy.getRenderer(i);
                if (renderer != null && renderer.getDefaultToolTipGenerator() == null) {
                    renderer.setDefaultToolTipGenerator(new AxisToolTipGenerator(xy, i));
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getRendererCount(); i++) {
                CategoryItemRenderer renderer = category.getRenderer(i);
                if (renderer != null && renderer.getDefaultToolTipGenerator() == null) {
                    renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(
                            "{0}, {1}: {2}", format()));
                }
            }
        }
    }

    /** Returns up to four decimals without grouping, so values below 0.00005 show as 0. */
    static NumberFormat format() {
        DecimalFormat format = new DecimalFormat("0.####");
        format.setGroupingUsed(false);
        return format;
    }
}
