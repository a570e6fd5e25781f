package org.causalworkbench.app.graph;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Point2D;
import org.causalworkbench.app.export.Java2dExport;

/**
 * Draws the graph editor's units and edges through Java2D, in the light palette and with a
 * legend, for SVG, PDF and PNG export. Unit ids are drawn when at most
 * {@value #LABEL_MAX_NODES} units are placed, because more overlap into noise.
 */
final class GraphPicture implements Java2dExport.Drawing {

    static final int LABEL_MAX_NODES = 150;

    private static final double MARGIN = 18;
    private static final double LEGEND_HEIGHT = 26;
    /** The unit radius in points for sparse graphs; dense graphs get smaller units. */
    private static final double RADIUS = 4;
    private static final double MIN_RADIUS = 1;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private final Map<String, Point2D> positions;
    private final List<NodePair> edges;
    private final Map<String, Integer> degrees;

    /** Copies what it draws, so the export may run while the editor changes. */
    GraphPicture(GraphModel model) {
        positions = Map.copyOf(model.positions());
        // Unweighted edges have a null weight, which Map.copyOf rejects, so only pairs are kept.
        edges = List.copyOf(model.edges().keySet());
        Map<String, Integer> counted = new HashMap<>();
        for (String id : positions.keySet()) {
            counted.put(id, model.degree(id));
        }
        degrees = Map.copyOf(counted);
    }

    @Override
    public void draw(Graphics2D graphics, Rectangle2D area) {
        GraphPalette palette = GraphPalette.LIGHT;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(awt(palette.background()));
        graphics.fill(area);

        Rectangle2D plot = new Rectangle2D.Double(area.getX() + MARGIN, area.getY() + MARGIN,
                area.getWidth() - 2 * MARGIN,
                area.getHeight() - 2 * MARGIN - LEGEND_HEIGHT);
        Scaler scaler = Scaler.fit(positions.values(), plot);

        graphics.setColor(awt(palette.edge()));
        graphics.setStroke(new BasicStroke(0.6f));
        for (NodePair pair : edges) {
            Point2D first = scaler.apply(positions.get(pair.first()));
            Point2D second = scaler.apply(positions.get(pair.second()));
            graphics.draw(new Line2D.Double(first.getX(), first.getY(), second.getX(),
                    second.getY()));
        }

        // Units get a fifth of the spacing they would have on a square grid, so they stay apart.
        double spacing = Math.sqrt(plot.getWidth() * plot.getHeight()
                / Math.max(1, positions.size()));
        double radius = Math.max(MIN_RADIUS, Math.min(RADIUS, 0.2 * spacing));
        graphics.setStroke(new BasicStroke((float) Math.min(1, radius / 3)));
        graphics.setFont(LABEL_FONT);
        boolean labels = positions.size() <= LABEL_MAX_NODES;
        for (Map.Entry<String, Point2D> unit : positions.entrySet()) {
            Point2D at = scaler.apply(unit.getValue());
            drawUnit(graphics, palette, at.getX(), at.getY(), radius,
                    degrees.get(unit.getKey()) == 0);
            if (labels) {
                graphics.setColor(awt(palette.label()));
                graphics.drawString(unit.getKey(), (float) (at.getX() + radius + 2),
                        (float) (at.getY() + 3));
            }
        }
        drawLegend(graphics, palette, area);
    }

    private static void drawUnit(Graphics2D graphics, GraphPalette palette, double x, double y,
            double radius, boolean isolated) {
        Ellipse2D circle = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        graphics.setColor(awt(isolated ? palette.background() : palette.node()));
        graphics.fill(circle);
        graphics.setColor(awt(palette.node()));
        graphics.draw(circle);
    }

    private void drawLegend(Graphics2D graphics, GraphPalette palette, Rectangle2D area) {
        graphics.setFont(LEGEND_FONT);
        FontMetrics metrics = graphics.getFontMetrics();
        double y = area.getMaxY() - MARGIN - LEGEND_HEIGHT / 2 + 6;
        double x = area.getX() + MARGIN + RADIUS;
        graphics.setStroke(new BasicStroke(1f));
        drawUnit(graphics, palette, x, y - 3, RADIUS, false);
        x = legendText(graphics, metrics, "unit with neighbours", x + RADIUS + 4, y);
        drawUnit(graphics, palette, x + 12, y - 3, RADIUS, true);
        x = legendText(graphics, metrics, "unit without neighbours", x + 12 + RADIUS + 4, y);
        graphics.setColor(awt(palette.edge()));
        graphics.setStroke(new BasicStroke(0.6f));
        graphics.draw(new Line2D.Double(x + 12, y - 3, x + 30, y - 3));
        x = legendText(graphics, metrics, "interaction edge", x + 34, y);
        legendText(graphics, metrics, String.format(Locale.ROOT, "%d units, %d edges",
                positions.size(), edges.size()), x + 16, y);
    }

    private static double legendText(Graphics2D graphics, FontMetrics metrics, String text,
            double x, double y) {
        graphics.setColor(Color.BLACK);
        graphics.drawString(text, (float) x, (float) y);
        return x + metrics.stringWidth(text);
    }

    private static Color awt(javafx.scene.paint.Color color) {
        return new Color((float) color.getRed(), (float) color.getGreen(),
                (float) color.getBlue(), (float) color.getOpacity());
    }

    /** Maps editor coordinates into the plot area, keeping the aspect ratio. */
    private record Scaler(double scale, double offsetX, double offsetY) {

        static Scaler fit(Iterable<Point2D> points, Rectangle2D plot) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (Point2D point : points) {
                minX = Math.min(minX, point.getX());
                minY = Math.min(minY, point.getY());
                maxX = Math.max(maxX, point.getX());
                maxY = Math.max(maxY, point.getY());
            }
            if (minX > maxX) {
                return new Scaler(1, plot.getCenterX(), plot.getCenterY());
            }
            double spanX = Math.max(maxX - minX, 1e-9);
            double spanY = Math.max(maxY - minY, 1e-9);
            double scale = Math.min(plot.getWidth() / spanX, plot.getHeight() / spanY);
            if (maxX - minX == 0 && maxY - minY == 0) {
                scale = 1;
            }
            double offsetX = plot.getCenterX() - scale * (minX + maxX) / 2;
            double offsetY = plot.getCenterY() - scale * (minY + maxY) / 2;
            return new Scaler(scale, offsetX, offsetY);
        }

        Point2D apply(Point2D point) {
            return new Point2D(point.getX() * scale + offsetX, point.getY() * scale + offsetY);
        }
    }
}
