package org.causalworkbench.app.shell;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * Help &gt; About: what the workbench is, its licence, and the debug information with a button
 * that copies it to the clipboard for a bug report.
 */
public final class AboutDialog {

    private static final ButtonType COPY = new ButtonType("Copy debug information",
            ButtonBar.ButtonData.LEFT);

    private AboutDialog() {
    }

    /**
     * Creates the dialog; the caller shows it.
     *
     * @param owner the window it belongs to
     * @param debugInfo the text to show and copy
     * @return the dialog
     */
    public static Alert create(Window owner, String debugInfo) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Causal Workbench");
        alert.setHeaderText("Causal Workbench");
        alert.setContentText("Causal effect estimation for epidemiologists, teachers and"
                + " reviewers. Licensed GPL-3.0-or-later.");
        TextArea details = new TextArea(debugInfo);
        details.setId("debugInfo");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(true);
        alert.getButtonTypes().add(0, COPY);
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.setId("copyDebugInfo");
        // Copying keeps the dialog open, so the user sees the text that went out.
        copy.addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(debugInfo);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
            event.consume();
        });
        alert.setResizable(true);
        return alert;
    }
}
