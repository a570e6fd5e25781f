package org.causalworkbench.app.graph;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Decides which unit labels to draw so that no two overlap each other or a unit: a label is
 * drawn only where its box is still free, in the order asked. This greedy rule keeps crowded
 * views readable; zooming in frees space, so the skipped labels appear.
 */
final class LabelPlacer {

    /** Side of the occupancy cells, in pixels; boxes are rounded out to whole cells. */
    private static final double CELL = 4;

    private final Text measure = new Text();
    private final Set<Long> occupied = new HashSet<>();

    LabelPlacer(Font font) {
        measure.setFont(font);
    }

    /** Forgets every box, before a redraw. */
    void clear() {
        occupied.clear();
    }

    /** Marks a box as taken, for example a drawn unit. */
    void block(double left, double top, double width, double height) {
        forEachCell(left, top, width, height, true);
    }

    /**
     * Takes the box of a label whose left end is at (left, centreY) if the box is free.
     *
     * @return whether the label may be drawn
     */
    boolean tryPlace(String text, double left, double centreY) {
        measure.setText(text);
        double width = measure.getLayoutBounds().getWidth();
        double height = measure.getLayoutBounds().getHeight();
        double top = centreY - height / 2;
        if (!forEachCell(left, top, width, height, false)) {
            return false;
        }
        forEachCell(left, top, width, height, true);
        return true;
    }

    /**
     * Visits the cells of a box, marking them when {@code mark} is set.
     *
     * @return when checking, whether every cell was free; when marking, true
     */
    private boolean forEachCell(double left, double top, double width, double height,
            boolean mark) {
        long firstColumn = (long) Math.floor(left / CELL);
        long lastColumn = (long) Math.floor((left + width) / CELL);
        long firstRow = (long) Math.floor(top / CELL);
        long lastRow = (long) Math.floor((top + height) / CELL);
        for (long column = firstColumn; column <= lastColumn; column++) {
            for (long row = firstRow; row <= lastRow; row++) {
                long key = (column << 32) ^ (row & 0xffffffffL);
                if (mark) {
                    occupied.add(key);
                } else if (occupied.contains(key)) {
                    return false;
                }
            }
        }
        return true;
    }
}
