package org.causalworkbench.app.chart;

import java.awt.Font;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * Scales the text of on-screen charts with the interface zoom. The window's zoom control sets
 * {@link #levelProperty()}, and {@link #apply(JFreeChart)} brings a chart's title, legend,
 * axis, marker, text-annotation and item-label fonts to the builder's size times that level.
 *
 * <p>Chart builders create fonts at 100 %. This class remembers, per chart, the level last
 * applied, so applying again after a change rescales by the ratio and never compounds. Charts
 * for export should not pass through here, because exported text has a fixed size.
 *
 * <p>Labels near the plot's edge get no extra room, so at high zoom a long value label can
 * be clipped. Only the JavaFX thread may call these methods.
 */
public final class ChartZoom {

    private static final DoubleProperty LEVEL = new SimpleDoubleProperty(ChartZoom.class,
            "level", 1.0);

    /**
     * The level each chart's fonts were last scaled to, held weakly so charts can go. The
     * lookup is by identity, because {@link JFreeChart#equals(Object)} and its hash code
     * compare content, fonts included, which the scaling itself changes.
     */
    private static final List<AppliedLevel> APPLIED = new ArrayList<>();

    /** A chart and the level its fonts are at. */
    private static final class AppliedLevel {
        private final WeakReference<JFreeChart> chart;
        private double level;

        AppliedLevel(JFreeChart chart, double level) {
            this.chart = new WeakReference<>(chart);
            this.level = level;
        }
    }

    private ChartZoom() {
    }

    /** Returns the zoom level for chart text, as a fraction of 100 %. */
    public static DoubleProperty levelProperty() {
        return LEVEL;
    }

    /**
     * Scales a chart's fonts to the current level; does nothing when they are already there.
     *
     * @param chart the chart, or null
     */
    public static void apply(JFreeChart chart) {
        if (chart == null) {
            return;
        }
        double target = LEVEL.get();
        AppliedLevel entry = entryFor(chart);
        double applied = entry == null ? 1.0 : entry.level;
        if (applied == target) {
            return;
        }
        scale(chart, (float) (target / applied));
        if (entry == null) {
            APPLIED.add(new AppliedLevel(chart, target));
        } else {
            entry.level = target;
        }
    }

    /**
     * Returns whether a chart's fonts are at the current level.
     *
     * @param chart the chart
     * @return true when {@link #apply(JFreeChart)} would change nothing
     */
    public static boolean isCurrent(JFreeChart chart) {
        AppliedLevel entry = entryFor(chart);
        return (entry == null ? 1.0 : entry.level) == LEVEL.get();
    }

    /** Finds a chart's entry by identity, dropping entries of collected charts on the way. */
    private static AppliedLevel entryFor(JFreeChart chart) {
        AppliedLevel found = null;
        for (Iterator<AppliedLevel> it = APPLIED.iterator(); it.hasNext();) {
            AppliedLevel entry = it.next();
            JFreeChart held = entry.chart.get();
            if (held == null) {
                it.remove();
            } else if (held == chart) {
                found = entry;
            }
        }
        return found;
    }

    private static void scale(JFreeChart chart, float factor) {
        if (chart.getTitle() != null) {
            rescale(chart.getTitle()::getFont, chart.getTitle()::setFont, factor);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            scaleTitle(chart.getSubtitle(i), factor);
        }
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                scaleAxis(xy.getDomainAxis(i), factor);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                scaleAxis(xy.getRangeAxis(i), factor);
            }
            scaleMarkers(xy.getDomainMarkers(Layer.FOREGROUND), factor);
            scaleMarkers(xy.getDomainMarkers(Layer.BACKGROUND), factor);
            scaleMarkers(xy.getRangeMarkers(Layer.FOREGROUND), factor);
            scaleMarkers(xy.getRangeMarkers(Layer.BACKGROUND), factor);
            for (XYAnnotation annotation : xy.getAnnotations()) {
                if (annotation instanceof XYTextAnnotation text) {
                    rescale(text::getFont, text::setFont, factor);
                } else if (annotation instanceof RegionLabelAnnotation region) {
                    rescale(region::getFont, region::setFont, factor);
                }
            }
            for (int i = 0; i < xy.getRendererCount(); i++) {
                XYItemRenderer renderer = xy.getRenderer(i);
                if (renderer != null) {
                    rescale(renderer::getDefaultItemLabelFont,
                            renderer::setDefaultItemLabelFont, factor);
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getDomainAxisCount(); i++) {
                scaleAxis(category.getDomainAxis(i), factor);
            }
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                scaleAxis(category.getRangeAxis(i), factor);
            }
            scaleMarkers(category.getRangeMarkers(Layer.FOREGROUND), factor);
            scaleMarkers(category.getRangeMarkers(Layer.BACKGROUND), factor);
            // CategoryPlot returns a raw list in JFreeChart 1.5.6.
            for (Object annotation : category.getAnnotations()) {
                if (annotation instanceof CategoryTextAnnotation text) {
                    rescale(text::getFont, text::setFont, factor);
                }
            }
            for (int i = 0; i < category.getRendererCount(); i++) {
                CategoryItemRenderer renderer = category.getRenderer(i);
                if (renderer != null) {
                    rescale(renderer::getDefaultItemLabelFont,
                            renderer::setDefaultItemLabelFont, factor);
                }
            }
        }
        if (plot != null) {
            rescale(plot::getNoDataMessageFont, plot::setNoDataMessageFont, factor);
        }
    }

    private static void scaleTitle(Title title, float factor) {
        if (title instanceof TextTitle text) {
            rescale(text::getFont, text::setFont, factor);
        } else if (title instanceof LegendTitle legend) {
            rescale(legend::getItemFont, legend::setItemFont, factor);
        } else if (title instanceof PaintScaleLegend scale) {
            scaleAxis(scale.getAxis(), factor);
        }
    }

    private static void scaleAxis(Axis axis, float factor) {
        if (axis != null) {
            rescale(axis::getLabelFont, axis::setLabelFont, factor);
            rescale(axis::getTickLabelFont, axis::setTickLabelFont, factor);
        }
    }

    private static void scaleMarkers(Collection<?> markers, float factor) {
        if (markers == null) {
            return;
        }
        for (Object marker : markers) {
            Marker labelled = (Marker) marker;
            rescale(labelled::getLabelFont, labelled::setLabelFont, factor);
        }
    }

    private static void rescale(Supplier<Font> getter, Consumer<Font> setter, float factor) {
        Font font = getter.get();
        if (font != null) {
            setter.accept(font.deriveFont(font.getSize2D() * factor));
        }
    }
}
