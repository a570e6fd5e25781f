package org.causalworkbench.app.interference;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.export.TableExportMenu;

/**
 * The live signature preview: one row per unit with its id, treatment, outcome, covariates and
 * signature, updated whenever a signature setting changes.
 */
final class PreviewPane extends VBox {

    PreviewPane(InterferenceViewModel model) {
        getStyleClass().add("interference-pane");
        Label caption = new Label("Signature per unit under the current settings, before any run."
                + " Fractions are exact, so 1/3 and 2/6 fall into one cell.");
        caption.getStyleClass().add("interference-caption");
        caption.setWrapText(true);

        TableView<UnitPreviewRow> table = new TableView<>(model.preview());
        table.setId("interferencePreviewTable");
        TableExportMenu.install(table, "unit-preview");
        table.getColumns().add(column("Unit id", 160, UnitPreviewRow::id, false));
        table.getColumns().add(column("T", 50, row -> Integer.toString(row.treated()), true));
        table.getColumns().add(column("Y", 100,
                row -> String.format(Locale.ROOT, "%.4f", row.outcome()), true));
        table.getColumns().add(column("X", 120, UnitPreviewRow::covariate, false));
        TableColumn<UnitPreviewRow, String> signature =
                column("Signature I", 320, UnitPreviewRow::signature, false);
        signature.setId("interferencePreviewSignature");
        table.getColumns().add(signature);
        table.setPlaceholder(new Label("Open a unit table to see its signatures."));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(caption, table);
    }

    static <T> TableColumn<T, String> column(String title, double width,
            Function<T, String> value, boolean numeric) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        if (numeric) {
            column.getStyleClass().add("number-column");
        }
        return column;
    }
}
