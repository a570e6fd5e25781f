package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checks that chart text follows the zoom level without compounding. */
class ChartZoomTest {

    private static JFreeChart styledChart() {
        JFreeChart chart = ChartFactory.createXYLineChart("Gap", "Year", "Gap",
                new XYSeriesCollection());
        ChartStyle.styleXy(chart);
        ChartStyle.markIntervention(chart.getXYPlot(), 1989);
        return chart;
    }

    @AfterEach
    void resetLevel() {
        ChartZoom.levelProperty().set(1.0);
    }

    @Test
    void apply_scalesTitleAxisAndMarkerFonts() {
        JFreeChart chart = styledChart();
        ChartZoom.levelProperty().set(1.5);

        ChartZoom.apply(chart);

        assertEquals(21f, chart.getTitle().getFont().getSize2D(), 1e-6);
        assertEquals(18f, chart.getXYPlot().getDomainAxis().getLabelFont().getSize2D(), 1e-6);
        assertEquals(16.5f, chart.getXYPlot().getRangeAxis().getTickLabelFont().getSize2D(),
                1e-6);
        Marker intervention = (Marker) chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND)
                .iterator().next();
        assertEquals(16.5f, intervention.getLabelFont().getSize2D(), 1e-6);
    }

    @Test
    void apply_scalesAnnotationsAndItemLabels() {
        JFreeChart chart = styledChart();
        XYTextAnnotation value = new XYTextAnnotation("1.00", 1, 1);
        value.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getXYPlot().addAnnotation(value);
        chart.getXYPlot().getRenderer().setDefaultItemLabelFont(
                new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        bars.addValue(0.5, "Root PEHE", "Raw");
        JFreeChart barChart = ChartFactory.createBarChart("Errors", null, "Error", bars);
        ChartStyle.styleBars(barChart, "0.00");
        float barLabel = barChart.getCategoryPlot().getRenderer().getDefaultItemLabelFont()
                .getSize2D();
        ChartZoom.levelProperty().set(2.0);

        ChartZoom.apply(chart);
        ChartZoom.apply(barChart);

        assertEquals(24f, value.getFont().getSize2D(), 1e-6);
        assertEquals(20f, chart.getXYPlot().getRenderer().getDefaultItemLabelFont()
                .getSize2D(), 1e-6);
        assertEquals(2 * barLabel, barChart.getCategoryPlot().getRenderer()
                .getDefaultItemLabelFont().getSize2D(), 1e-6);
    }

    @Test
    void applyTwice_doesNotCompound() {
        JFreeChart chart = styledChart();
        ChartZoom.levelProperty().set(2.0);

        ChartZoom.apply(chart);
        ChartZoom.apply(chart);

        assertEquals(28f, chart.getTitle().getFont().getSize2D(), 1e-6);
    }

    @Test
    void levelChange_rescalesFromBuilderSize() {
        JFreeChart chart = styledChart();
        ChartZoom.levelProperty().set(2.0);
        ChartZoom.apply(chart);
        ChartZoom.levelProperty().set(0.8);
        assertFalse(ChartZoom.isCurrent(chart));

        ChartZoom.apply(chart);

        assertTrue(ChartZoom.isCurrent(chart));
        assertEquals(14f * 0.8f, chart.getTitle().getFont().getSize2D(), 1e-5);
        ChartZoom.levelProperty().set(1.0);
        ChartZoom.apply(chart);
        assertEquals(14f, chart.getTitle().getFont().getSize2D(), 1e-5);
    }

    @Test
    void equalCharts_keepSeparateLevels() {
        JFreeChart first = styledChart();
        JFreeChart second = styledChart();
        assertEquals(first, second);
        ChartZoom.levelProperty().set(2.0);

        ChartZoom.apply(first);
        ChartZoom.apply(second);

        assertEquals(28f, first.getTitle().getFont().getSize2D(), 1e-6);
        assertEquals(28f, second.getTitle().getFont().getSize2D(), 1e-6);
    }

    @Test
    void chartEditedAfterScaling_doesNotCompound() {
        JFreeChart chart = styledChart();
        ChartZoom.levelProperty().set(1.5);
        ChartZoom.apply(chart);

        // Panes edit charts after showing them, which changes their hash code.
        chart.getTitle().setText("Gap after the refit");
        chart.getXYPlot().getDomainAxis().setLabel("Year of the refit");
        ChartZoom.apply(chart);

        assertTrue(ChartZoom.isCurrent(chart));
        assertEquals(21f, chart.getTitle().getFont().getSize2D(), 1e-6);
    }
}
