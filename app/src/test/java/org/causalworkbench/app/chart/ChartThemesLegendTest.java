package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.causalworkbench.app.theme.Theme;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Fixed legend items follow the theme like the series they describe. */
class ChartThemesLegendTest {

    @Test
    void fixedLegendLineTurnsLightOnDark() {
        JFreeChart chart = ChartFactory.createXYLineChart("t", "x", "y",
                new XYSeriesCollection());
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("Zero gap", null, null, null, false, new Rectangle2D.Double(),
                false, Color.BLACK, false, Color.BLACK, new BasicStroke(1f), true,
                new Line2D.Double(-7, 0, 7, 0), new BasicStroke(1f), Color.BLACK));
        chart.getXYPlot().setFixedLegendItems(items);

        ChartThemes.apply(chart, Theme.DARK);
        Color dark = (Color) chart.getXYPlot().getFixedLegendItems().get(0).getLinePaint();
        ChartThemes.apply(chart, Theme.LIGHT);
        Color light = (Color) chart.getXYPlot().getFixedLegendItems().get(0).getLinePaint();

        assertNotEquals(Color.BLACK, dark);
        assertEquals(Color.BLACK, light);
    }

    @Test
    void heatMapCellLabelsKeepTheirColour() {
        JFreeChart chart = GraspCharts.sweepHeatMap(new double[] {0.3, 0.9}, new int[] {1, 4},
                new double[][] {{0.06, 0.94}, {0.91, 0.92}});

        ChartThemes.apply(chart, Theme.DARK);

        java.util.List<java.awt.Paint> paints = chart.getXYPlot().getAnnotations().stream()
                .filter(a -> a instanceof CellLabel)
                .map(a -> ((CellLabel) a).getPaint()).toList();
        assertEquals(java.util.List.of(Color.BLACK, Color.WHITE, Color.WHITE, Color.WHITE),
                paints);
    }
}
