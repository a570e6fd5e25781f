package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Checks the tool tips that every chart viewer adds to the charts it shows. */
class ChartTooltipsTest {

    private static XYSeriesCollection line(String name, double x, double y) {
        XYSeries series = new XYSeries(name);
        series.add(x, y);
        return new XYSeriesCollection(series);
    }

    @Test
    void xyChart_showsSeriesAndBothValues() {
        XYSeriesCollection data = line("Logged policy", 0.3, 0.61234567);
        JFreeChart chart = ChartFactory.createXYLineChart("AUC", "lambda", "AUC", data,
                PlotOrientation.VERTICAL, true, false, false);

        ChartTooltips.install(chart);

        XYToolTipGenerator tips = chart.getXYPlot().getRenderer().getDefaultToolTipGenerator();
        assertEquals("Logged policy: lambda = 0.3, AUC = 0.6123", tips.generateToolTip(data, 0, 0));
    }

    @Test
    void categoryChart_showsRowColumnAndValue() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(0.25, "Root PEHE", "Oracle T_C");
        JFreeChart chart = ChartFactory.createBarChart("Errors", "Method", "Error", data,
                PlotOrientation.VERTICAL, true, false, false);

        ChartTooltips.install(chart);

        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals("Root PEHE, Oracle T_C: 0.25",
                plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 0, 0));
    }

    @Test
    void heatMap_showsCellValue() {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cosine", new double[][] {{0.9}, {4}, {0.95123}});
        XYPlot plot = new XYPlot(data, new NumberAxis("rho"), new NumberAxis("K"),
                new XYBlockRenderer());

        ChartTooltips.install(new JFreeChart(plot));

        assertEquals("cosine = 0.9512 at rho = 0.9, K = 4",
                plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 0, 0));
    }

    @Test
    void combinedPlot_reachesEverySubplot() {
        XYSeriesCollection top = line("Treated", 1, 2);
        XYSeriesCollection bottom = line("Gap", 1, -0.5);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis("time"));
        combined.add(new XYPlot(top, null, new NumberAxis("y"), new XYLineAndShapeRenderer()));
        combined.add(new XYPlot(bottom, null, new NumberAxis("gap"),
                new XYLineAndShapeRenderer()));

        ChartTooltips.install(new JFreeChart(combined));

        XYPlot second = combined.getSubplots().get(1);
        assertEquals("Gap: time = 1, gap = -0.5",
                second.getRenderer().getDefaultToolTipGenerator().generateToolTip(bottom, 0, 0));
    }

    @Test
    void existingGenerator_isKept() {
        XYSeriesCollection data = line("Naive", 1, 1);
        JFreeChart chart = ChartFactory.createXYLineChart("Loss", "epoch", "loss", data,
                PlotOrientation.VERTICAL, true, false, false);
        StandardXYToolTipGenerator own = new StandardXYToolTipGenerator();
        chart.getXYPlot().getRenderer().setDefaultToolTipGenerator(own);

        ChartTooltips.install(chart);

        assertSame(own, chart.getXYPlot().getRenderer().getDefaultToolTipGenerator());
    }

    @Test
    void symbolAxis_showsSymbolNotIndex() {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("|cos|", new double[][] {{2}, {1}, {0.5}});
        XYPlot plot = new XYPlot(data, new SymbolAxis("K", new String[] {"1", "2", "4"}),
                new SymbolAxis("rho", new String[] {"0.3", "0.6", "0.9"}),
                new XYBlockRenderer());

        ChartTooltips.install(new JFreeChart(plot));

        assertEquals("|cos| = 0.5 at K = 4, rho = 0.6",
                plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 0, 0));
    }

    @Test
    void undefinedCell_readsNotAvailable() {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("|cos|", new double[][] {{0}, {1}, {Double.NaN}});
        XYPlot plot = new XYPlot(data, new NumberAxis("layer"), new NumberAxis("layer B"),
                new XYBlockRenderer());

        ChartTooltips.install(new JFreeChart(plot));

        assertEquals("|cos| = n/a at layer = 0, layer B = 1",
                plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 0, 0));
    }

    @Test
    void unlabelledAxes_fallBackToXAndY() {
        XYSeriesCollection data = line("Loss", 2, 0.5);
        XYPlot plot = new XYPlot(data, new NumberAxis(), new NumberAxis(""),
                new XYLineAndShapeRenderer());

        ChartTooltips.install(new JFreeChart(plot));

        assertEquals("Loss: x = 2, y = 0.5",
                plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(data, 0, 0));
    }

    @Test
    void laterLabelChange_isFollowed() {
        XYSeriesCollection data = line("Loss", 2, 0.5);
        JFreeChart chart = ChartFactory.createXYLineChart("Loss", "epoch", "loss", data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartTooltips.install(chart);

        chart.getXYPlot().getDomainAxis().setLabel("step");

        assertEquals("Loss: step = 2, loss = 0.5", chart.getXYPlot().getRenderer()
                .getDefaultToolTipGenerator().generateToolTip(data, 0, 0));
    }

    @Test
    void generator_survivesSerialization() throws Exception {
        XYSeriesCollection data = line("Loss", 2, 0.5);
        JFreeChart chart = ChartFactory.createXYLineChart("Loss", "epoch", "loss", data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartTooltips.install(chart);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(chart);
        }
        JFreeChart copy;
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (JFreeChart) in.readObject();
        }

        XYPlot plot = copy.getXYPlot();
        assertEquals("Loss: epoch = 2, loss = 0.5", plot.getRenderer()
                .getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 0));
    }
}
