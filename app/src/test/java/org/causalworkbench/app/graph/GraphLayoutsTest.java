package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** Automatic layouts place every unit, inside a bounded square, the same way every time. */
class GraphLayoutsTest {

    private static GraphSnapshot ring(int count) {
        Map<String, Point2D> positions = new LinkedHashMap<>();
        Map<NodePair, Double> edges = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            positions.put("u" + i, Point2D.ZERO);
            edges.put(NodePair.of("u" + i, "u" + ((i + 1) % count)), null);
        }
        return new GraphSnapshot(positions, edges);
    }

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("u" + i);
        }
        return ids;
    }

    @Test
    void layout_smallGraph_isCircle() {
        Map<String, Point2D> positions = GraphLayouts.layout(ring(8), GraphLayouts.rows(ids(8)), 1.5);

        assertEquals(8, positions.size());
        Point2D centre = positions.values().stream().reduce(Point2D.ZERO, Point2D::add)
                .multiply(1.0 / 8);
        double radius = positions.get("u0").distance(centre);
        for (Point2D point : positions.values()) {
            assertEquals(radius, point.distance(centre), 1e-9);
        }
        assertTrue(radius > 0);
    }

    @Test
    void layout_components_getSeparateCells() {
        // Four rings of 20 units: u0-u19, u20-u39 and so on.
        Map<String, Point2D> placed = new LinkedHashMap<>();
        Map<NodePair, Double> edges = new LinkedHashMap<>();
        for (int ring = 0; ring < 4; ring++) {
            for (int i = 0; i < 20; i++) {
                placed.put("u" + (20 * ring + i), Point2D.ZERO);
                edges.put(NodePair.of("u" + (20 * ring + i),
                        "u" + (20 * ring + (i + 1) % 20)), null);
            }
        }

        Map<String, Point2D> positions = GraphLayouts.layout(new GraphSnapshot(placed, edges),
                GraphLayouts.rows(ids(80)), 1.0);

        assertEquals(80, positions.size());
        double[][] boxes = new double[4][];
        for (int ring = 0; ring < 4; ring++) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                -Double.MAX_VALUE};
            for (int i = 0; i < 20; i++) {
                Point2D point = positions.get("u" + (20 * ring + i));
                box[0] = Math.min(box[0], point.getX());
                box[1] = Math.min(box[1], point.getY());
                box[2] = Math.max(box[2], point.getX());
                box[3] = Math.max(box[3], point.getY());
            }
            boxes[ring] = box;
        }
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                boolean apart = boxes[a][2] < boxes[b][0] || boxes[b][2] < boxes[a][0]
                        || boxes[a][3] < boxes[b][1] || boxes[b][3] < boxes[a][1];
                assertTrue(apart, "rings " + a + " and " + b + " overlap");
            }
        }
    }

    @Test
    void layout_forceDirected_isSeededAndSpreadOut() {
        GraphSnapshot snapshot = ring(60);
        Map<String, Integer> rows = GraphLayouts.rows(ids(60));

        Map<String, Point2D> first = GraphLayouts.layout(snapshot, rows, 1.0);
        Map<String, Point2D> second = GraphLayouts.layout(snapshot, rows, 1.0);

        assertEquals(first, second);
        assertEquals(60, first.size());
        double side = 110 * Math.sqrt(60);
        double closest = Double.POSITIVE_INFINITY;
        List<Point2D> points = List.copyOf(first.values());
        for (int i = 0; i < points.size(); i++) {
            Point2D point = points.get(i);
            assertTrue(point.getX() >= 0, point.toString());
            assertTrue(point.getX() <= side, point.toString());
            assertTrue(point.getY() >= 0, point.toString());
            assertTrue(point.getY() <= side, point.toString());
            for (int j = i + 1; j < points.size(); j++) {
                closest = Math.min(closest, point.distance(points.get(j)));
            }
        }
        assertTrue(closest > 5, "two units lie within " + closest + " canvas units");
    }

    @Test
    void layout_noUnits_isEmpty() {
        assertEquals(Map.of(), GraphLayouts.layout(new GraphSnapshot(Map.of(), Map.of()),
                Map.of(), 1.0));
    }

    @Test
    void layout_isolatedUnits_goInRowsBelow() {
        Map<String, Point2D> placed = new LinkedHashMap<>(ring(20).positions());
        placed.put("u21", Point2D.ZERO);
        placed.put("u20", Point2D.ZERO);
        GraphSnapshot snapshot = new GraphSnapshot(placed, ring(20).edges());

        Map<String, Point2D> positions = GraphLayouts.layout(snapshot, GraphLayouts.rows(ids(22)),
                2.0);

        assertEquals(22, positions.size());
        double lowest = 0;
        for (int i = 0; i < 20; i++) {
            lowest = Math.max(lowest, positions.get("u" + i).getY());
        }
        Point2D first = positions.get("u20");
        Point2D second = positions.get("u21");
        assertEquals(lowest + GraphLayouts.ROW_SPACING, first.getY(), 1e-9);
        assertEquals(first.getY(), second.getY(), 1e-9);
        assertEquals(GraphLayouts.ROW_SPACING, second.getX() - first.getX(), 1e-9);
    }
}
