package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Hatches a range of the domain axis over the full height of the plot with diagonal lines.
 *
 * <p>The lines are drawn one by one rather than with a {@code TexturePaint}, because the
 * JavaFX canvas behind {@code ChartViewer} (FXGraphics2D 2.1) supports only colours and
 * gradients as paints.
 */
final class HatchAnnotation extends AbstractXYAnnotation {

    /** The horizontal distance between hatch lines, in pixels. */
    static final double SPACING = 9;
    static final Color LINE = new Color(0xb4, 0xb4, 0xb4);

    private final double lower;
    private final double upper;

    /**
     * Creates the hatching.
     *
     * @param lower the range's lower end on the domain axis
     * @param upper the range's upper end on the domain axis
     */
    HatchAnnotation(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
        double visibleLower = Math.max(lower, domainAxis.getLowerBound());
        double visibleUpper = Math.min(upper, domainAxis.getUpperBound());
        if (visibleLower >= visibleUpper) {
            return;
        }
        RectangleEdge edge = plot.getDomainAxisEdge();
        double a = domainAxis.valueToJava2D(visibleLower, dataArea, edge);
        double b = domainAxis.valueToJava2D(visibleUpper, dataArea, edge);
        Rectangle2D region = new Rectangle2D.Double(Math.min(a, b), dataArea.getMinY(),
                Math.abs(b - a), dataArea.getHeight());

        Shape savedClip = g2.getClip();
        g2.clip(region);
        g2.setPaint(LINE);
        g2.setStroke(new BasicStroke(1f));
        double height = region.getHeight();
        // Lines run up and to the right; starting one height to the left fills the corner.
        for (double x = region.getMinX() - height; x < region.getMaxX(); x += SPACING) {
            g2.draw(new Line2D.Double(x, region.getMaxY(), x + height, region.getMinY()));
        }
        g2.setClip(savedClip);
    }

    /** Returns a 12-pixel hatched square for legend items, centred on the origin. */
    static Shape legendSwatch() {
        Path2D.Double lines = new Path2D.Double();
        for (double offset = -12; offset < 12; offset += 4) {
            double x0 = Math.max(-6, offset - 6);
            double x1 = Math.min(6, offset + 6);
            if (x1 <= x0) {
                continue;
            }
            // The segment of y = -(x - offset) that lies inside the square.
            lines.moveTo(x0, -(x0 - offset));
            lines.lineTo(x1, -(x1 - offset));
        }
        return lines;
    }
}
