package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYZDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class AllocationChartsTest {

    @Test
    void divergingScale_whiteAtZeroSaturatedAtBound() {
        AllocationCharts.DivergingScale scale = new AllocationCharts.DivergingScale(2);

        assertEquals(Color.WHITE, scale.getPaint(0));
        assertEquals(new Color(0x21, 0x66, 0xac), scale.getPaint(2));
        assertEquals(new Color(0xb2, 0x18, 0x2b), scale.getPaint(-5));
        assertEquals(Color.LIGHT_GRAY, scale.getPaint(Double.NaN));
    }

    @Test
    void effectCurves_bandIsPlusMinus196Se() {
        JFreeChart chart = AllocationCharts.effectCurves("t", new double[] {0.2, 0.4},
                List.of(new AllocationCharts.Curve("DE", new double[] {1, 2},
                        new double[] {0.5, Double.NaN})));

        YIntervalSeriesCollection data =
                (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(1 - 0.98, data.getStartYValue(0, 0), 1e-12);
        assertEquals(1 + 0.98, data.getEndYValue(0, 0), 1e-12);
        assertEquals(2, data.getStartYValue(0, 1), 1e-12, "no band without an SE");
    }

    @Test
    void heatMap_placesRowsOnVerticalAxis() {
        double[][] values = {{0, 1}, {-1, 0}};

        JFreeChart chart = AllocationCharts.heatMap("t", new double[] {0.3, 0.6}, values, "IE");

        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        // Item 1 is row 0, column 1: alpha1 = 0.6 across, alpha0 = 0.3 down.
        assertEquals(0.6, data.getXValue(0, 1), 1e-12);
        assertEquals(0.3, data.getYValue(0, 1), 1e-12);
        assertEquals(1, data.getZValue(0, 1), 1e-12);
    }
}
