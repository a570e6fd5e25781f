package org.causalworkbench.app.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Writes a label inside a range of the domain axis, such as a hatched region. The words wrap to
 * fit: the text runs horizontally near the top when it fits in at most three lines, vertically
 * when only that fits, and is left out when neither fits. The chart's legend must then carry the
 * same words.
 */
final class RegionLabelAnnotation extends AbstractXYAnnotation {

    private static final int PADDING = 4;
    private static final int MAX_HORIZONTAL_LINES = 3;
    private static final Color BACKDROP = new Color(255, 255, 255, 210);

    private final double lower;
    private final double upper;
    private final String text;
    private Font font;
    private final Color textColor;

    /**
     * Creates the label.
     *
     * @param lower the region's lower end on the domain axis
     * @param upper the region's upper end on the domain axis
     * @param text the label, wrapped at spaces
     * @param font the font
     * @param textColor the text colour
     */
    RegionLabelAnnotation(double lower, double upper, String text, Font font, Color textColor) {
        this.lower = lower;
        this.upper = upper;
        this.text = text;
        this.font = font;
        this.textColor = textColor;
    }

    /** Returns the label's font. */
    Font getFont() {
        return font;
    }

    /** Sets the label's font, as the interface zoom does, and redraws the chart. */
    void setFont(Font newFont) {
        font = newFont;
        fireAnnotationChanged();
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
        double left = domainAxis.valueToJava2D(visibleLower, dataArea, edge);
        double right = domainAxis.valueToJava2D(visibleUpper, dataArea, edge);
        double regionWidth = Math.abs(right - left) - 2 * PADDING;
        double regionHeight = dataArea.getHeight() - 2 * PADDING;
        double centerX = (left + right) / 2;

        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        List<String> across = wrap(metrics, regionWidth);
        List<String> along = wrap(metrics, regionHeight);
        List<String> lines;
        AffineTransform saved = g2.getTransform();
        if (fits(across, metrics, regionHeight) && across.size() <= MAX_HORIZONTAL_LINES) {
            lines = across;
            double thickness = lines.size() * metrics.getHeight();
            // Near the top of the region, where the prior band of a gap chart leaves room.
            g2.translate(centerX, dataArea.getMinY() + 2 * PADDING + thickness / 2);
        } else if (fits(along, metrics, regionWidth)) {
            lines = along;
            g2.translate(centerX, dataArea.getCenterY());
            g2.rotate(-Math.PI / 2);
        } else if (fits(across, metrics, regionHeight)) {
            lines = across;
            g2.translate(centerX, dataArea.getCenterY());
        } else {
            return;
        }
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, metrics.stringWidth(line));
        }
        double thickness = lines.size() * metrics.getHeight();
        g2.setPaint(BACKDROP);
        g2.fill(new RoundRectangle2D.Double(-longest / 2.0 - PADDING, -thickness / 2 - PADDING,
                longest + 2 * PADDING, thickness + 2 * PADDING, 6, 6));
        g2.setPaint(textColor);
        double baseline = -thickness / 2 + metrics.getAscent();
        for (String line : lines) {
            g2.drawString(line, (float) (-metrics.stringWidth(line) / 2.0), (float) baseline);
            baseline += metrics.getHeight();
        }
        g2.setTransform(saved);
    }

    /**
     * Wraps the text at spaces into lines of at most {@code length} pixels, or returns an empty
     * list when a single word is longer.
     */
    private List<String> wrap(FontMetrics metrics, double length) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (metrics.stringWidth(word) > length) {
                return List.of();
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= length) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Returns whether wrapped lines exist and their stacked height fits in {@code room}. */
    private static boolean fits(List<String> lines, FontMetrics metrics, double room) {
        return !lines.isEmpty() && lines.size() * metrics.getHeight() <= room;
    }
}
