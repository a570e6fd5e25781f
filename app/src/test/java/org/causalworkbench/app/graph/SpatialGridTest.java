package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/** Hit testing on the grid agrees with a scan of every node. */
class SpatialGridTest {

    @Test
    void nearest_matchesBruteForce() {
        Random random = new Random(7);
        Map<String, Point2D> positions = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            positions.put("n" + i, new Point2D(random.nextDouble() * 1_000 - 500,
                    random.nextDouble() * 1_000 - 500));
        }
        for (double radius : new double[] {3, 12, 40}) {
            SpatialGrid grid = new SpatialGrid(positions, 10);
            for (int query = 0; query < 2_000; query++) {
                double x = random.nextDouble() * 1_100 - 550;
                double y = random.nextDouble() * 1_100 - 550;
                assertEquals(bruteForce(positions, x, y, radius), grid.nearest(x, y, radius),
                        "query (" + x + ", " + y + ") radius " + radius);
            }
        }
    }

    @Test
    void nearest_onEmptyGrid_isEmpty() {
        assertEquals(Optional.empty(), new SpatialGrid(Map.of(), 5).nearest(0, 0, 100));
    }

    @Test
    void constructor_zeroCell_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SpatialGrid(Map.of(), 0));
    }

    private static Optional<String> bruteForce(Map<String, Point2D> positions, double x,
            double y, double radius) {
        String best = null;
        double bestDistance = radius * radius;
        for (Map.Entry<String, Point2D> entry : positions.entrySet()) {
            double dx = entry.getValue().getX() - x;
            double dy = entry.getValue().getY() - y;
            double distance = dx * dx + dy * dy;
            if (distance < bestDistance || best == null && distance <= bestDistance) {
                best = entry.getKey();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
