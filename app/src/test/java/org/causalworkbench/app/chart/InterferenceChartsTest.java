package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class InterferenceChartsTest {

    @Test
    void forestPlot_drawsIntervalsTopRowFirst() {
        List<InterferenceCharts.ForestRow> rows = List.of(
                new InterferenceCharts.ForestRow("Naive", 1.5, 1.4, Double.NaN, Double.NaN),
                new InterferenceCharts.ForestRow("TACE", 2.0, 2.1, 1.2, 2.8));

        JFreeChart chart = InterferenceCharts.forestPlot(rows, "Hajek", "HT", Double.NaN);

        XYPlot plot = chart.getXYPlot();
        IntervalXYDataset points = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(1.0, points.getYValue(0, 0), 1e-12, "first row on top");
        assertEquals(1.5, points.getStartXValue(0, 0), 1e-12, "no interval: zero width");
        assertEquals(1.5, points.getEndXValue(0, 0), 1e-12, "no interval: zero width");
        assertEquals(0.0, points.getYValue(0, 1), 1e-12);
        assertEquals(1.2, points.getStartXValue(0, 1), 1e-12);
        assertEquals(2.8, points.getEndXValue(0, 1), 1e-12);
        assertEquals(2, plot.getDataset(1).getItemCount(0), "secondary estimates");
    }

    @Test
    void forestPlot_rangeKeepsZeroAndTruthInside() {
        List<InterferenceCharts.ForestRow> rows = List.of(
                new InterferenceCharts.ForestRow("TACE", 3.0, Double.NaN, 2.5, 3.5));

        JFreeChart chart = InterferenceCharts.forestPlot(rows, "Hajek", "HT", 4.0);

        Range range = chart.getXYPlot().getDomainAxis().getRange();
        assertTrue(range.getLowerBound() < 0, "zero line off the left edge: " + range);
        assertTrue(range.getUpperBound() > 4.0, "truth inside: " + range);
    }

    @Test
    void propensityHistogram_countsFiniteUnitsOnly() {
        double[] propensities = {0.2, 0.4, Double.NaN, 0.6};

        JFreeChart chart = InterferenceCharts.propensityHistogram(propensities, 0.01, 3, 4);

        IntervalXYDataset bins = (IntervalXYDataset) chart.getXYPlot().getDataset();
        double total = 0;
        for (int i = 0; i < bins.getItemCount(0); i++) {
            total += bins.getYValue(0, i);
        }
        assertEquals(3.0, total, 1e-12);
    }
}
