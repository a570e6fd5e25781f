package org.causalworkbench.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.export.ChartExport;
import org.causalworkbench.app.export.TableExport;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.theme.Theme;
import org.causalworkbench.app.theme.ThemeSetting;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Switches the main window to the dark theme and checks charts, stylesheets and export, and the
 * export entries of chart and table context menus.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ThemeAndExportViewTest {

    private SynthViewModel model;
    private ExecutorService worker;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        worker = WorkbenchApplication.workerPool();
        model = new SynthViewModel(Platform::runLater, worker, SynthAnalysis::run);
        new MainWindow(primary, model).openSample();
        primary.show();
        primary.requestFocus();
    }

    @AfterEach
    void restoreLightTheme(FxRobot robot) {
        // The theme is application-wide, so later tests in this JVM must see the default.
        robot.interact(() -> ThemeSetting.current().set(Theme.LIGHT));
        worker.shutdownNow();
    }

    @Test
    void darkTheme_repaintsCharts(FxRobot robot) throws TimeoutException {
        waitUntilFinished();
        ChartViewer viewer = robot.lookup("#fitChart").queryAs(ChartViewer.class);
        JFreeChart chart = viewer.getChart();
        assertEquals(Color.WHITE, chart.getBackgroundPaint());
        assertTrue(brightness(cornerPixel(robot, viewer)) > 0.9, "light chart not light");

        robot.interact(() -> ThemeSetting.current().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();

        Color dark = (Color) chart.getBackgroundPaint();
        assertNotEquals(Color.WHITE, dark);
        assertTrue(brightness(cornerPixel(robot, viewer)) < 0.2, "chart not repainted dark");
        assertTrue(stage.getScene().getStylesheets().stream()
                .anyMatch(sheet -> sheet.endsWith("workbench-dark.css")), "no dark stylesheet");

        robot.interact(() -> ThemeSetting.current().set(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Color.WHITE, chart.getBackgroundPaint());
        assertFalse(stage.getScene().getStylesheets().stream()
                .anyMatch(sheet -> sheet.endsWith("workbench-dark.css")), "dark sheet stayed");
    }

    @Test
    void darkTheme_newChartsComeDark(FxRobot robot) throws TimeoutException {
        waitUntilFinished();
        robot.interact(() -> ThemeSetting.current().set(Theme.DARK));

        robot.clickOn("#runButton");
        waitUntilFinished();

        JFreeChart chart = robot.lookup("#gapChart").queryAs(ChartViewer.class).getChart();
        assertTrue(brightness((Color) chart.getBackgroundPaint()) < 0.2,
                "a chart shown after the switch is not dark");
    }

    @Test
    void exportFromDark_givesLightSvg(FxRobot robot) throws Exception {
        waitUntilFinished();
        robot.interact(() -> ThemeSetting.current().set(Theme.DARK));
        JFreeChart chart = robot.lookup("#fitChart").queryAs(ChartViewer.class).getChart();
        Color screen = (Color) chart.getBackgroundPaint();

        String svg = ChartExport.toSvg(chart, 600, 400);

        Document document = parse(svg);
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertTrue(svg.contains("height='400.0' style='fill:rgb(255,255,255)'"),
                "exported background not white");
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("Synthetic"), "legend text missing: " + text);
        assertEquals(screen, chart.getBackgroundPaint(), "export changed the screen chart");
    }

    @Test
    void chartMenu_hasOurExportOnly(FxRobot robot) throws TimeoutException {
        waitUntilFinished();
        ChartViewer viewer = robot.lookup("#fitChart").queryAs(ChartViewer.class);

        List<String> items = viewer.getContextMenu().getItems().stream()
                .map(MenuItem::getText).toList();

        assertTrue(items.contains("Export as SVG..."), items.toString());
        assertTrue(items.contains("Export as PDF..."), items.toString());
        assertTrue(items.contains("Export as PNG"), items.toString());
        assertFalse(items.contains("Export As"), items.toString());
    }

    @Test
    void summaryTable_exportsAllRows(FxRobot robot) throws TimeoutException {
        waitUntilFinished();
        TableView<?> summary = robot.lookup("#summaryTable").queryAs(TableView.class);

        TableExport table = TableExportMenu.snapshot(summary);

        assertEquals(List.of("Statistic", "Value", "What it means"), table.header());
        assertEquals(summary.getItems().size(), table.rows().size());
        assertEquals("ATT", table.rows().get(0).get(0));
        String markdown = table.toMarkdown();
        assertTrue(markdown.startsWith("| Statistic | Value | What it means |\n"), markdown);
        List<String> menu = summary.getContextMenu().getItems().stream()
                .map(MenuItem::getText).toList();
        assertEquals(List.of("Copy table as", "Export table as"), menu);
    }

    @Test
    void snapshot_joinsBrokenHeaderLabels() {
        TableView<String[]> view = new TableView<>();
        TableColumn<String[], String> column = new TableColumn<>("");
        column.setGraphic(new Label("Pre-\nperiod RMSPE"));
        column.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue()[0]));
        TableColumn<String[], String> units = new TableColumn<>("Units\nkept");
        units.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue()[1]));
        view.getColumns().add(column);
        view.getColumns().add(units);
        view.getItems().add(new String[] {"0.43", "12 of 12"});

        TableExport table = TableExportMenu.snapshot(view);

        assertEquals(List.of("Pre-period RMSPE", "Units kept"), table.header());
        assertEquals(List.of(List.of("0.43", "12 of 12")), table.rows());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Color cornerPixel(FxRobot robot, ChartViewer viewer) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = viewer.snapshot(null, null));
        javafx.scene.paint.Color pixel = image[0].getPixelReader().getColor(3, 3);
        return new Color((float) pixel.getRed(), (float) pixel.getGreen(),
                (float) pixel.getBlue());
    }

    private static float brightness(Color color) {
        return Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null)[2];
    }

    private void waitUntilFinished() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
