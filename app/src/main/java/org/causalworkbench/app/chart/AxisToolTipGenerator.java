package org.causalworkbench.app.chart;

import java.io.Serializable;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Names each value of an XY item by its axis: "Logged policy: lambda = 0.3, AUC = 0.61" for
 * a line, and "|cos| = 0.95 at Task complexity K = 4, Correlation rho = 0.9" for a heat-map
 * cell, whose series names the colour. A symbol axis shows its symbol, not the index behind
 * it. The axes are read when the tool tip is shown, so later label changes are followed.
 *
 * <p>Serializable because the chart export copies charts by serialization.
 */
final class AxisToolTipGenerator implements XYToolTipGenerator, Serializable {

    private static final long serialVersionUID = 1L;

    private final XYPlot plot;
    private final int datasetIndex;

    AxisToolTipGenerator(XYPlot plot, int datasetIndex) {
        this.plot = plot;
        this.datasetIndex = datasetIndex;
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        ValueAxis xAxis = plot.getDomainAxisForDataset(datasetIndex);
        ValueAxis yAxis = plot.getRangeAxisForDataset(datasetIndex);
        String position = named(xAxis, "x", dataset.getXValue(series, item)) + ", "
                + named(yAxis, "y", dataset.getYValue(series, item));
        String name = String.valueOf(dataset.getSeriesKey(series));
        if (dataset instanceof XYZDataset xyz) {
            return name + " = " + number(xyz.getZValue(series, item)) + " at " + position;
        }
        return name + ": " + position;
    }

    private static String named(ValueAxis axis, String fallback, double value) {
        String label = axis == null || axis.getLabel() == null || axis.getLabel().isBlank()
                ? fallback : axis.getLabel();
        String text = axis instanceof SymbolAxis symbols ? symbols.valueToString(value)
                : number(value);
        return label + " = " + text;
    }

    /** Formats a value as the charts label it; NaN, such as an undefined |cos|, reads n/a. */
    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : ChartTooltips.format().format(value);
    }
}
