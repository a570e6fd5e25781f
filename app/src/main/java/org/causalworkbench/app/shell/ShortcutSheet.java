package org.causalworkbench.app.shell;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The keyboard shortcut cheat sheet, generated from a registry: one section per scope, one
 * row per command with its keys in the platform's notation (Cmd on macOS, Ctrl elsewhere).
 */
public final class ShortcutSheet {

    private ShortcutSheet() {
    }

    /**
     * Creates the dialog; the caller shows it.
     *
     * @param owner the window it belongs to
     * @param registry the shortcuts to list
     * @return the dialog
     */
    public static Alert create(Window owner, ShortcutRegistry registry) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(table(registry));
        scroll.setFitToWidth(true);
        scroll.setId("shortcutSheet");
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        return alert;
    }

    /** Builds the grid: a heading per scope, then key text and description per command. */
    static GridPane table(ShortcutRegistry registry) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-sheet");
        int row = 0;
        for (Map.Entry<ShortcutScope, List<Shortcut>> scope : registry.byScope().entrySet()) {
            Label heading = new Label(scope.getKey().title());
            heading.getStyleClass().add("shortcut-scope");
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut shortcut : scope.getValue()) {
                // One combination per line keeps the key column narrow.
                Label keys = new Label(shortcut.combinations().stream()
                        .map(Shortcut::displayText).collect(Collectors.joining("\n")));
                keys.getStyleClass().add("shortcut-keys");
                keys.setId("keys-" + shortcut.id().replace('.', '-'));
                Label description = new Label(shortcut.description());
                description.getStyleClass().add("shortcut-description");
                description.setWrapText(true);
                grid.add(keys, 0, row);
                grid.add(description, 1, row++);
            }
        }
        return grid;
    }
}
