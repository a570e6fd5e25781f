package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.causalworkbench.estimators.interference.simulate.BiasDecomposition;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

class TeachingChartsTest {

    /**
     * Draws the bias split in a narrow chart, as beside the bias histogram, and checks that
     * the text of the "observed" marker lies inside the plot area.
     */
    @Test
    void decomposition_observedLabelInsidePlot() {
        JFreeChart chart = TeachingCharts.decomposition(
                new BiasDecomposition(1, 1, 0.2, 0.2, 0.4));
        BufferedImage image = new BufferedImage(360, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(graphics, new Rectangle2D.Double(0, 0, 360, 220), info);

        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        CategoryPlot plot = chart.getCategoryPlot();
        ValueMarker observed = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator()
                .next();
        double x = plot.getRangeAxis().valueToJava2D(observed.getValue(), dataArea,
                RectangleEdge.BOTTOM);
        Font font = observed.getLabelFont();
        double width = graphics.getFontMetrics(font).stringWidth(observed.getLabel());
        graphics.dispose();
        TextAnchor anchor = observed.getLabelTextAnchor();
        double left = anchor.isRight() ? x - width : anchor.isHorizontalCenter() ? x - width / 2
                : x;

        assertTrue(left >= dataArea.getMinX(), "label starts at " + left + ", plot at "
                + dataArea.getMinX());
        assertTrue(left + width <= dataArea.getMaxX(), "label ends at " + (left + width)
                + ", plot at " + dataArea.getMaxX());
    }
}
