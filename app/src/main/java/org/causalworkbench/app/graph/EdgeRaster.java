package org.causalworkbench.app.graph;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws many one-pixel lines into an image without anti-aliasing, for views with thousands of
 * edges. JavaFX's software pipeline takes seconds to stroke 30,000 long lines on a canvas, while
 * stepping through their pixels here takes tens of milliseconds. Each pixel counts the lines
 * through it, and more lines give a more opaque pixel, so dense regions look dense.
 */
final class EdgeRaster {

    /** Opacity of a pixel crossed by one line, out of 255; each further line adds as much. */
    private static final int ALPHA_PER_LINE = 110;
    /** Counts stop here, where the pixel is fully opaque; a byte keeps the counts in cache. */
    private static final byte MAX_COUNT = 3;

    private final int red;
    private final int green;
    private final int blue;
    private int width;
    private int height;
    private byte[] counts = new byte[0];
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;

    EdgeRaster(Color color) {
        red = (int) Math.round(color.getRed() * 255);
        green = (int) Math.round(color.getGreen() * 255);
        blue = (int) Math.round(color.getBlue() * 255);
    }

    /** Clears the raster, resizing it to a view of the given size in pixels. */
    void begin(int viewWidth, int viewHeight) {
        if (viewWidth != width || viewHeight != height || image == null) {
            width = Math.max(1, viewWidth);
            height = Math.max(1, viewHeight);
            counts = new byte[width * height];
            pixels = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        } else {
            Arrays.fill(counts, (byte) 0);
        }
    }

    /** Adds a line between two points in view pixels; parts outside the view are clipped. */
    void line(double x1, double y1, double x2, double y2) {
        double[] clipped = clip(x1, y1, x2, y2, width - 1, height - 1);
        if (clipped == null) {
            return;
        }
        // Bresenham's line algorithm, on the clipped end points rounded to pixels.
        int x = (int) Math.round(clipped[0]);
        int y = (int) Math.round(clipped[1]);
        int endX = (int) Math.round(clipped[2]);
        int endY = (int) Math.round(clipped[3]);
        int dx = Math.abs(endX - x);
        int dy = -Math.abs(endY - y);
        int stepX = x < endX ? 1 : -1;
        int stepY = y < endY ? 1 : -1;
        int error = dx + dy;
        while (true) {
            int index = y * width + x;
            if (counts[index] < MAX_COUNT) {
                counts[index]++;
            }
            if (x == endX && y == endY) {
                return;
            }
            int doubled = 2 * error;
            if (doubled >= dy) {
                error += dy;
                x += stepX;
            }
            if (doubled <= dx) {
                error += dx;
                y += stepY;
            }
        }
    }

    /** Converts the counts to pixels and returns the image, valid until the next begin. */
    WritableImage finish() {
        for (int index = 0; index < counts.length; index++) {
            int count = counts[index];
            if (count == 0) {
                pixels[index] = 0;
            } else {
                int alpha = Math.min(255, count * ALPHA_PER_LINE);
                // The pixel format is premultiplied, so each channel is scaled by the opacity.
                pixels[index] = alpha << 24 | red * alpha / 255 << 16
                        | green * alpha / 255 << 8 | blue * alpha / 255;
            }
        }
        buffer.updateBuffer(unused -> null);
        return image;
    }

    /**
     * Clips a segment to the rectangle from (0, 0) to (maxX, maxY) with the Liang-Barsky
     * parametric method.
     *
     * @return the clipped end points as {x1, y1, x2, y2}, or {@code null} when nothing is inside
     */
    static double[] clip(double x1, double y1, double x2, double y2, double maxX, double maxY) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1, maxX - x1, y1, maxY - y1};
        double enter = 0;
        double leave = 1;
        for (int side = 0; side < 4; side++) {
            if (p[side] == 0) {
                if (q[side] < 0) {
                    return null;
                }
            } else {
                double t = q[side] / p[side];
                if (p[side] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        if (enter > leave) {
            return null;
        }
        return new double[] {x1 + enter * dx, y1 + enter * dy, x1 + leave * dx, y1 + leave * dy};
    }
}
