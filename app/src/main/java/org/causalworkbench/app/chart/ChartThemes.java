package org.causalworkbench.app.chart;

import java.awt.Color;
import java.awt.Paint;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.app.theme.Theme;
import org.jfree.chart.JFreeChart;

/**
 * Switches charts between the light and the dark theme.
 *
 * <p>The workbench's charts are built in the light theme. The first time a chart is themed,
 * its light paints are recorded, and every later switch derives the paints from that record.
 * The light theme restores it. The dark theme inverts each colour's lightness while keeping
 * its hue, saturation and alpha. Blue and orange series stay blue and orange, white turns
 * near-black and black text turns near-white.
 *
 * <p>A chart whose structure changes after it was first themed (a series or marker added) is
 * recorded again, from its paints at that moment; so add series before theming, or build a new
 * chart, as the workbench's panes do.
 */
public final class ChartThemes {

    /** The lightness of white in the dark theme, so that backgrounds are near-black. */
    private static final float DARKEST = 0.11f;
    /** The lightness of black in the dark theme, so that text is near-white. */
    private static final float LIGHTEST = 0.93f;

    /**
     * The recorded light paints by chart identity. A {@code WeakHashMap} would not do, because
     * {@code JFreeChart.hashCode()} changes with the paints. Entries of collected charts are
     * dropped on each lookup. A window shows a few dozen charts, so a list is fast enough.
     */
    private static final List<Recorded> LIGHT_PAINTS = new ArrayList<>();

    private record Recorded(WeakReference<JFreeChart> chart, List<Paint> paints) {
    }

    private ChartThemes() {
    }

    /**
     * Gives a chart the paints of a theme and redraws it.
     *
     * @param chart the chart, built in the light theme
     * @param theme the theme
     */
    public static void apply(JFreeChart chart, Theme theme) {
        List<PaintSlots.Slot> slots = PaintSlots.of(chart);
        apply(chart, slots, lightPaints(chart, slots), theme);
    }

    /**
     * Gives {@code copy}, a deep copy of {@code original}, the paints that {@code original} has
     * in a theme, whatever theme {@code original} is in now.
     *
     * @param original the chart that was cloned
     * @param copy a deep copy, with the same series, markers and axes
     * @param theme the theme
     * @throws IllegalArgumentException if the copy does not have the original's structure
     */
    public static void applyToCopy(JFreeChart original, JFreeChart copy, Theme theme) {
        List<Paint> light = lightPaints(original, PaintSlots.of(original));
        List<PaintSlots.Slot> slots = PaintSlots.of(copy);
        if (slots.size() != light.size()) {
            throw new IllegalArgumentException("the copy has " + slots.size() + " themed paints"
                    + " but the original " + light.size() + "; theme a copy of the chart,"
                    + " made after its last series or marker was added");
        }
        apply(copy, slots, light, theme);
    }

    private static void apply(JFreeChart chart, List<PaintSlots.Slot> slots, List<Paint> light,
            Theme theme) {
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        for (int i = 0; i < slots.size(); i++) {
            Paint paint = light.get(i);
            if (paint != null) {
                slots.get(i).set(theme == Theme.DARK ? forDark(paint) : paint);
            }
        }
        chart.setNotify(notify);
        chart.fireChartChanged();
    }

    /** Returns the recorded light paints, recording them now if the structure is new. */
    private static List<Paint> lightPaints(JFreeChart chart, List<PaintSlots.Slot> slots) {
        synchronized (LIGHT_PAINTS) {
            LIGHT_PAINTS.removeIf(recorded -> recorded.chart().get() == null);
            for (Recorded recorded : LIGHT_PAINTS) {
                if (recorded.chart().get() == chart && recorded.paints().size() == slots.size()) {
                    return recorded.paints();
                }
            }
            LIGHT_PAINTS.removeIf(recorded -> recorded.chart().get() == chart);
            List<Paint> light = new ArrayList<>(slots.size());
            for (PaintSlots.Slot slot : slots) {
                light.add(slot.get());
            }
            LIGHT_PAINTS.add(new Recorded(new WeakReference<>(chart), light));
            return light;
        }
    }

    /**
     * Returns the dark-theme counterpart of a light-theme paint. A colour gets its HSL lightness
     * mirrored into [0.11, 0.93]. Any other paint, such as a gradient, is returned unchanged.
     */
    static Paint forDark(Paint paint) {
        if (!(paint instanceof Color color)) {
            return paint;
        }
        float[] hsl = toHsl(color);
        float mirrored = DARKEST + (LIGHTEST - DARKEST) * (1f - hsl[2]);
        return fromHsl(hsl[0], hsl[1], mirrored, color.getAlpha());
    }

    private static float[] toHsl(Color color) {
        float r = color.getRed() / 255f;
        float g = color.getGreen() / 255f;
        float b = color.getBlue() / 255f;
        float max = Math.max(r, Math.max(g, b));
        float min = Math.min(r, Math.min(g, b));
        float lightness = (max + min) / 2f;
        float chroma = max - min;
        if (chroma == 0f) {
            return new float[] {0f, 0f, lightness};
        }
        float saturation = chroma / (1f - Math.abs(2f * lightness - 1f));
        float hue;
        if (max == r) {
            hue = ((g - b) / chroma) % 6f;
        } else if (max == g) {
            hue = (b - r) / chroma + 2f;
        } else {
            hue = (r - g) / chroma + 4f;
        }
        hue = (hue < 0 ? hue + 6f : hue) / 6f;
        return new float[] {hue, Math.min(1f, saturation), lightness};
    }

    private static Color fromHsl(float hue, float saturation, float lightness, int alpha) {
        float chroma = (1f - Math.abs(2f * lightness - 1f)) * saturation;
        float sector = hue * 6f;
        float x = chroma * (1f - Math.abs(sector % 2f - 1f));
        float[] rgb;
        if (sector < 1f) {
            rgb = new float[] {chroma, x, 0f};
        } else if (sector < 2f) {
            rgb = new float[] {x, chroma, 0f};
        } else if (sector < 3f) {
            rgb = new float[] {0f, chroma, x};
        } else if (sector < 4f) {
            rgb = new float[] {0f, x, chroma};
        } else if (sector < 5f) {
            rgb = new float[] {x, 0f, chroma};
        } else {
            rgb = new float[] {chroma, 0f, x};
        }
        float m = lightness - chroma / 2f;
        return new Color(channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m), alpha);
    }

    private static int channel(float value) {
        return Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
    }
}
