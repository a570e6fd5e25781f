package org.causalworkbench.app.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;

/**
 * A uniform grid over node positions for hit testing, so that finding the node under the cursor
 * looks at a few cells instead of every node. Building takes time linear in the node count. The
 * grid is a copy: rebuild it after nodes move.
 */
final class SpatialGrid {

    private final double cellSize;
    private final String[] ids;
    private final double[] xs;
    private final double[] ys;
    private final Map<Long, List<Integer>> cells = new HashMap<>();

    /**
     * Builds the grid.
     *
     * @param positions the node positions, in canvas units
     * @param cellSize the side of a cell in canvas units. About twice the hit radius keeps a
     *     query to a 3 by 3 block of cells.
     */
    SpatialGrid(Map<String, Point2D> positions, double cellSize) {
        if (!(cellSize > 0) || Double.isInfinite(cellSize)) {
            throw new IllegalArgumentException("Cell size must be a positive finite number, got "
                    + cellSize + ".");
        }
        this.cellSize = cellSize;
        int count = positions.size();
        ids = new String[count];
        xs = new double[count];
        ys = new double[count];
        int index = 0;
        for (Map.Entry<String, Point2D> entry : positions.entrySet()) {
            ids[index] = entry.getKey();
            xs[index] = entry.getValue().getX();
            ys[index] = entry.getValue().getY();
            cells.computeIfAbsent(key(cellOf(xs[index]), cellOf(ys[index])),
                    cell -> new ArrayList<>(4)).add(index);
            index++;
        }
    }

    /** Returns the cell side in canvas units. */
    double cellSize() {
        return cellSize;
    }

    /**
     * Finds the node nearest to a point within a radius.
     *
     * @param x the point's x in canvas units
     * @param y the point's y in canvas units
     * @param radius the largest distance that counts as a hit, in canvas units
     * @return the nearest node's id, or empty when no node is that close
     */
    Optional<String> nearest(double x, double y, double radius) {
        long firstColumn = cellOf(x - radius);
        long lastColumn = cellOf(x + radius);
        long firstRow = cellOf(y - radius);
        long lastRow = cellOf(y + radius);
        int best = -1;
        double bestDistance = radius * radius;
        for (long column = firstColumn; column <= lastColumn; column++) {
            for (long row = firstRow; row <= lastRow; row++) {
                List<Integer> members = cells.get(key(column, row));
                if (members == null) {
                    continue;
                }
                for (int index : members) {
                    double dx = xs[index] - x;
                    double dy = ys[index] - y;
                    double distance = dx * dx + dy * dy;
                    if (distance <= bestDistance) {
                        bestDistance = distance;
                        best = index;
                    }
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(ids[best]);
    }

    private long cellOf(double coordinate) {
        return (long) Math.floor(coordinate / cellSize);
    }

    /** Packs a column and row into one key; both fit in 32 bits for any realistic canvas. */
    private static long key(long column, long row) {
        return (column << 32) ^ (row & 0xffffffffL);
    }
}
