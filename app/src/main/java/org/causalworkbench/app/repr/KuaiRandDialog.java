package org.causalworkbench.app.repr;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.causalworkbench.app.shell.TypedSpinners;

/**
 * Asks for the two KuaiRand-Pure CSV logs and the size of the user subset. Load stays
 * disabled until both files are named; the import itself checks their contents.
 */
final class KuaiRandDialog extends Dialog<KuaiRandRequest> {

    private static final int MAX_USERS = 1_000_000;

    private final TextField standard = new TextField();
    private final TextField random = new TextField();
    private final Spinner<Integer> users = new Spinner<>(1, MAX_USERS,
            KuaiRandRequest.DEFAULT_USERS, 100);

    private KuaiRandDialog(Window owner) {
        initOwner(owner);
        setTitle("Load KuaiRand-Pure CSV");
        setHeaderText("Choose your copy of the KuaiRand-Pure logs. The subset is the first N"
                + " users of the random-exposure log; every row of both files is read.");
        setResizable(true);
        standard.setId("kuaiRandStandardFile");
        standard.setPrefColumnCount(36);
        standard.setPromptText("log_standard_4_22_to_5_08_pure.csv");
        random.setId("kuaiRandRandomFile");
        random.setPrefColumnCount(36);
        random.setPromptText("log_random_4_22_to_5_08_pure.csv");
        users.setId("kuaiRandUsers");
        TypedSpinners.allowTyping(users);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Standard-policy log"), standard, browse(standard));
        grid.addRow(1, new Label("Random-exposure log"), random, browse(random));
        grid.addRow(2, new Label("Users in the subset"), users);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button load = (Button) getDialogPane().lookupButton(ButtonType.OK);
        load.setText("Load");
        load.disableProperty().bind(standard.textProperty().isEmpty()
                .or(random.textProperty().isEmpty()));
        setResultConverter(button -> button == ButtonType.OK
                ? new KuaiRandRequest(Path.of(standard.getText().strip()),
                        Path.of(random.getText().strip()), users.getValue())
                : null);
    }

    /** Shows the dialog over {@code owner} and returns the request, empty if cancelled. */
    static Optional<KuaiRandRequest> ask(Window owner) {
        return new KuaiRandDialog(owner).showAndWait();
    }

    private Button browse(TextField target) {
        Button button = new Button("Browse\u2026");
        button.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a KuaiRand log (CSV)");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                target.setText(file.getPath());
            }
        });
        return button;
    }
}
