package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.causalworkbench.app.export.ChartExport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class LoraChartsTest {

    @Test
    void spectrum_drawsOneBarPerValue() {
        JFreeChart chart = LoraCharts.spectrum("m", new double[] {3, 2, 0.5});

        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(3, data.getItemCount(0));
        assertEquals(1.0, data.getXValue(0, 0), 0.0);
        assertEquals(0.5, data.getYValue(0, 2), 0.0);
    }

    @Test
    void zeroSpectrum_saysUpdateIsZero() {
        JFreeChart chart = LoraCharts.spectrum("m", new double[] {0, 0});

        assertEquals(1.0, chart.getXYPlot().getRangeAxis().getUpperBound(), 0.0);
        assertEquals(0.0, chart.getXYPlot().getRangeAxis().getLowerBound(), 0.0);
        assertEquals("The update is zero, as in a freshly initialised adapter, so it has no"
                + " directions.", ((TextTitle) chart.getSubtitle(0)).getText());
    }

    @Test
    void nonZeroSpectrum_hasNoSubtitle() {
        JFreeChart chart = LoraCharts.spectrum("m", new double[] {1, 0});

        assertEquals(0, chart.getSubtitleCount());
    }

    @Test
    void cosineHeatMap_putsFirstRowOnTop() {
        double[][] cosines = {{1, 0.25}, {0.25, 1}};

        JFreeChart chart = LoraCharts.cosineHeatMap("t", List.of("layer 0", "layer 1"),
                cosines);

        SymbolAxis rows = (SymbolAxis) chart.getXYPlot().getRangeAxis();
        assertEquals("layer 0", rows.getSymbols()[1]);
        PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitle(0);
        assertEquals(0.0, legend.getAxis().getLowerBound(), 0.0);
        assertEquals(1.0, legend.getAxis().getUpperBound(), 0.0);
    }

    @Test
    void crossHeatMap_labelsMatchedCells() {
        double[][] cosines = {{0.9, 0.1, 0.2}, {Double.NaN, 0.3, 0.4}};

        JFreeChart chart = LoraCharts.crossHeatMap("t", "A: run-1", "B: run-2",
                List.of("layer 0", "layer 1"), List.of("layer 1", "layer 0", "layer 2"),
                cosines);

        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        assertEquals(6, data.getItemCount(0));
        // The first row is drawn on top, so row 0 has y = 1.
        assertEquals(0.2, data.getZValue(0, 2), 0.0);
        assertEquals(2.0, data.getXValue(0, 2), 0.0);
        assertEquals(1.0, data.getYValue(0, 2), 0.0);
        assertEquals("A: run-1", chart.getXYPlot().getRangeAxis().getLabel());
        assertEquals("B: run-2", chart.getXYPlot().getDomainAxis().getLabel());
        List<String> labels = chart.getXYPlot().getAnnotations().stream()
                .map(annotation -> ((XYTextAnnotation) annotation).getText()).sorted().toList();
        assertEquals(List.of("0.10", "n/a"), labels);
    }

    @Test
    void cosineHeatMap_exportsAsSvg() throws Exception {
        JFreeChart chart = LoraCharts.cosineHeatMap("Exported map", List.of("a", "b"),
                new double[][] {{1, 0.5}, {0.5, 1}});

        String svg = ChartExport.toSvg(chart, 600, 400);

        assertTrue(svg.contains("Exported map"), "title missing from the SVG");
    }

    @Test
    void unitScale_mapsEndsAndNaN() {
        LoraCharts.UnitScale scale = new LoraCharts.UnitScale();

        assertEquals(Color.WHITE, scale.getPaint(0));
        assertEquals(new Color(0x08, 0x30, 0x6b), scale.getPaint(1));
        assertEquals(Color.LIGHT_GRAY, scale.getPaint(Double.NaN));
    }
}
