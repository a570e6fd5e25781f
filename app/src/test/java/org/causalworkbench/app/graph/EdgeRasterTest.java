package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Clipping of edge segments to the view before they are rasterized. */
class EdgeRasterTest {

    @Test
    void clip_insideSegment_isUnchanged() {
        assertArrayEquals(new double[] {1, 2, 30, 40},
                EdgeRaster.clip(1, 2, 30, 40, 99, 99), 1e-12);
    }

    @Test
    void clip_crossingSegment_isCutAtBothEdges() {
        assertArrayEquals(new double[] {0, 50, 99, 50},
                EdgeRaster.clip(-100, 50, 300, 50, 99, 99), 1e-12);
        assertArrayEquals(new double[] {0, 0, 99, 99},
                EdgeRaster.clip(-10, -10, 200, 200, 99, 99), 1e-12);
    }

    @Test
    void clip_outsideSegment_isNull() {
        assertNull(EdgeRaster.clip(-10, -5, -1, 200, 99, 99));
        assertNull(EdgeRaster.clip(300, 0, 0, 300, 99, 99));
    }
}
