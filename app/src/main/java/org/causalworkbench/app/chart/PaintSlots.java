package org.causalworkbench.app.chart;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * The paints of a chart that a theme changes, listed in an order that depends only on the
 * chart's structure, so the list of a copy lines up with the list of its original.
 *
 * <p>Covered: chart and plot backgrounds, titles, legends, axes, grid lines, markers, text
 * annotations, and the series, item label and error bar paints of XY and category renderers.
 * Other annotations (such as the workbench's hatching and region labels), paint scales and pie
 * plots keep their paints in every theme.
 */
final class PaintSlots {

    /** One paint of a chart, read and written through its owner. */
    record Slot(Supplier<Paint> getter, Consumer<Paint> setter) {

        Paint get() {
            return getter.get();
        }

        void set(Paint paint) {
            setter.accept(paint);
        }
    }

    private final List<Slot> slots = new ArrayList<>();

    private PaintSlots() {
    }

    /** Lists the themed paints of a chart. */
    static List<Slot> of(JFreeChart chart) {
        PaintSlots list = new PaintSlots();
        list.add(chart::getBackgroundPaint, chart::setBackgroundPaint);
        list.add(chart::getBorderPaint, chart::setBorderPaint);
        if (chart.getTitle() != null) {
            list.title(chart.getTitle());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            list.title(chart.getSubtitle(i));
        }
        list.plot(chart.getPlot());
        return list.slots;
    }

    private void add(Supplier<Paint> getter, Consumer<Paint> setter) {
        slots.add(new Slot(getter, setter));
    }

    private void title(Title title) {
        if (title instanceof TextTitle text) {
            add(text::getPaint, text::setPaint);
            add(text::getBackgroundPaint, text::setBackgroundPaint);
        } else if (title instanceof LegendTitle legend) {
            add(legend::getItemPaint, legend::setItemPaint);
            add(legend::getBackgroundPaint, legend::setBackgroundPaint);
        } else if (title instanceof PaintScaleLegend scale) {
            add(scale::getBackgroundPaint, scale::setBackgroundPaint);
            axis(scale.getAxis());
        }
    }

    private void plot(Plot plot) {
        if (plot == null) {
            return;
        }
        add(plot::getBackgroundPaint, plot::setBackgroundPaint);
        add(plot::getOutlinePaint, plot::setOutlinePaint);
        add(plot::getNoDataMessagePaint, plot::setNoDataMessagePaint);
        if (plot instanceof XYPlot xy) {
            xyPlot(xy);
        } else if (plot instanceof CategoryPlot category) {
            categoryPlot(category);
        }
    }

    private void xyPlot(XYPlot plot) {
        add(plot::getDomainGridlinePaint, plot::setDomainGridlinePaint);
        add(plot::getRangeGridlinePaint, plot::setRangeGridlinePaint);
        add(plot::getDomainMinorGridlinePaint, plot::setDomainMinorGridlinePaint);
        add(plot::getRangeMinorGridlinePaint, plot::setRangeMinorGridlinePaint);
        add(plot::getDomainZeroBaselinePaint, plot::setDomainZeroBaselinePaint);
        add(plot::getRangeZeroBaselinePaint, plot::setRangeZeroBaselinePaint);
        axes(plot.getDomainAxisCount(), plot::getDomainAxis);
        axes(plot.getRangeAxisCount(), plot::getRangeAxis);
        layers(Math.max(plot.getDatasetCount(), plot.getRendererCount()),
                plot::getDomainMarkers, plot::getRangeMarkers, plot::getRenderer,
                i -> plot.getDataset(i) == null ? 0 : plot.getDataset(i).getSeriesCount());
        for (XYAnnotation annotation : plot.getAnnotations()) {
            if (annotation instanceof XYTextAnnotation text && !(annotation instanceof CellLabel)) {
                add(text::getPaint, text::setPaint);
                add(text::getBackgroundPaint, text::setBackgroundPaint);
            }
        }
        fixedLegend(plot.getFixedLegendItems());
    }

    /**
     * Adds the paints of a plot's fixed legend items, which hold copies of the series paints
     * taken when the chart was built and would otherwise stay black on a dark background.
     */
    private void fixedLegend(org.jfree.chart.LegendItemCollection items) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.getItemCount(); i++) {
            org.jfree.chart.LegendItem item = items.get(i);
            add(item::getLinePaint, item::setLinePaint);
            add(item::getFillPaint, item::setFillPaint);
            add(item::getOutlinePaint, item::setOutlinePaint);
        }
    }

    private void categoryPlot(CategoryPlot plot) {
        add(plot::getDomainGridlinePaint, plot::setDomainGridlinePaint);
        add(plot::getRangeGridlinePaint, plot::setRangeGridlinePaint);
        add(plot::getRangeZeroBaselinePaint, plot::setRangeZeroBaselinePaint);
        axes(plot.getDomainAxisCount(), plot::getDomainAxis);
        axes(plot.getRangeAxisCount(), plot::getRangeAxis);
        layers(Math.max(plot.getDatasetCount(), plot.getRendererCount()),
                plot::getDomainMarkers, plot::getRangeMarkers, plot::getRenderer,
                i -> plot.getDataset(i) == null ? 0 : plot.getDataset(i).getRowCount());
        fixedLegend(plot.getFixedLegendItems());
    }

    /** The markers of one dataset index and layer, as both plot types look them up. */
    @FunctionalInterface
    private interface MarkerLookup {
        Collection<?> markers(int index, Layer layer);
    }

    private void axes(int count, IntFunction<? extends Axis> axisAt) {
        for (int i = 0; i < count; i++) {
            axis(axisAt.apply(i));
        }
    }

    /** Lists the markers and series paints of each dataset index of a plot. */
    private void layers(int count, MarkerLookup domain, MarkerLookup range,
            IntFunction<?> rendererAt, IntUnaryOperator seriesCountAt) {
        for (int i = 0; i < count; i++) {
            for (Layer layer : new Layer[] {Layer.BACKGROUND, Layer.FOREGROUND}) {
                markers(domain.markers(i, layer));
                markers(range.markers(i, layer));
            }
            if (rendererAt.apply(i) instanceof AbstractRenderer renderer) {
                series(renderer, seriesCountAt.applyAsInt(i));
            }
        }
    }

    private void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        add(axis::getLabelPaint, axis::setLabelPaint);
        add(axis::getTickLabelPaint, axis::setTickLabelPaint);
        add(axis::getAxisLinePaint, axis::setAxisLinePaint);
        add(axis::getTickMarkPaint, axis::setTickMarkPaint);
    }

    private void markers(Collection<?> markers) {
        if (markers == null) {
            return;
        }
        for (Object element : markers) {
            Marker marker = (Marker) element;
            add(marker::getPaint, marker::setPaint);
            add(marker::getLabelPaint, marker::setLabelPaint);
            add(marker::getOutlinePaint, marker::setOutlinePaint);
        }
    }

    /**
     * Lists the series paints as the renderer draws them, so that series coloured by the
     * renderer's default supplier also get a theme colour.
     */
    private void series(AbstractRenderer renderer, int seriesCount) {
        add(renderer::getDefaultItemLabelPaint,
                paint -> renderer.setDefaultItemLabelPaint(paint, false));
        if (renderer instanceof XYErrorRenderer errors) {
            add(errors::getErrorPaint, errors::setErrorPaint);
        }
        for (int s = 0; s < seriesCount; s++) {
            int series = s;
            add(() -> renderer.lookupSeriesPaint(series),
                    paint -> renderer.setSeriesPaint(series, paint, false));
            add(() -> renderer.getSeriesFillPaint(series),
                    paint -> renderer.setSeriesFillPaint(series, paint, false));
            add(() -> renderer.getSeriesOutlinePaint(series),
                    paint -> renderer.setSeriesOutlinePaint(series, paint, false));
            add(() -> renderer.getSeriesItemLabelPaint(series),
                    paint -> renderer.setSeriesItemLabelPaint(series, paint, false));
        }
    }
}
