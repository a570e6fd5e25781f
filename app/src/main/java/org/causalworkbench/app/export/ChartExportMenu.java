package org.causalworkbench.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export entries of a chart viewer's context menu. They replace JFreeChart's "Export As"
 * menu, whose SVG entry fails with JFreeSVG 5 and whose entries export the theme on screen.
 */
final class ChartExportMenu {

    /** The PNG resolutions offered, in dots per inch. */
    static final int[] PNG_DPI = {96, 150, 300, 600};

    /** The smallest export size in points, so a squeezed viewer still exports a legible chart. */
    private static final double MIN_WIDTH = 480;
    private static final double MIN_HEIGHT = 300;

    private static final Logger LOG = LoggerFactory.getLogger(ChartExportMenu.class);

    private ChartExportMenu() {
    }

    /** Replaces the viewer's "Export As" menu with ours. */
    static void install(ChartViewer viewer) {
        ContextMenu menu = viewer.getContextMenu();
        menu.getItems().removeIf(item -> item instanceof Menu sub
                && "Export As".equals(sub.getText()));
        MenuItem svg = new MenuItem("Export as SVG...");
        svg.setId("exportSvg");
        svg.setOnAction(e -> export(viewer, Format.SVG, 0));
        MenuItem pdf = new MenuItem("Export as PDF...");
        pdf.setId("exportPdf");
        pdf.setOnAction(e -> export(viewer, Format.PDF, 0));
        Menu png = new Menu("Export as PNG");
        png.setId("exportPng");
        for (int dpi : PNG_DPI) {
            MenuItem item = new MenuItem(dpi + " dpi...");
            item.setOnAction(e -> export(viewer, Format.PNG, dpi));
            png.getItems().add(item);
        }
        menu.getItems().addAll(0, List.of(svg, pdf, png));
        // Exporting an empty viewer would only show an error.
        menu.setOnShown(e -> {
            boolean empty = viewer.getChart() == null;
            svg.setDisable(empty);
            pdf.setDisable(empty);
            png.setDisable(empty);
        });
    }

    /** The file formats of a chart export. */
    enum Format {
        SVG("SVG image", "svg"), PDF("PDF document", "pdf"), PNG("PNG image", "png");

        final String description;
        final String extension;

        Format(String description, String extension) {
            this.description = description;
            this.extension = extension;
        }
    }

    private static void export(ChartViewer viewer, Format format, int dpi) {
        JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        Window owner = viewer.getScene() == null ? null : viewer.getScene().getWindow();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the chart as " + format.description);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description,
                "*." + format.extension));
        chooser.setInitialFileName(fileName(chart) + "." + format.extension);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        double width = Math.max(MIN_WIDTH, viewer.getWidth());
        double height = Math.max(MIN_HEIGHT, viewer.getHeight());
        try {
            write(chart, file.toPath(), format, width, height, dpi);
            LOG.info("Exported the chart '{}' to {}", fileName(chart), file);
        } catch (IOException | RuntimeException failed) {
            LOG.warn("Exporting the chart to {} failed", file, failed);
            Alert alert = new Alert(Alert.AlertType.ERROR, failed.getMessage());
            alert.initOwner(owner);
            alert.setHeaderText("Could not export the chart to " + file.getName());
            alert.showAndWait();
        }
    }

    /** Writes one export; separate from the dialogs so tests can call it. */
    static void write(JFreeChart chart, Path target, Format format, double width, double height,
            int dpi) throws IOException {
        switch (format) {
            case SVG -> ChartExport.writeSvg(chart, target, width, height);
            case PDF -> ChartExport.writePdf(chart, target, width, height);
            case PNG -> ChartExport.writePng(chart, target, width, height, dpi);
        }
    }

    /** Returns a file name from the chart's title, with each run of other characters than
     * letters and digits replaced by one hyphen. */
    static String fileName(JFreeChart chart) {
        String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
        String safe = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "")
                .toLowerCase(Locale.ROOT);
        return safe.isEmpty() ? "chart" : safe;
    }
}
