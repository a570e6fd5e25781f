package org.causalworkbench.app.interference.classical;

import java.net.URL;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.theme.ThemeStylesheets;

/**
 * The classical tab of the interference workspace: a toolbar that loads the two-stage example,
 * and one sub-tab each for Hudgens-Halloran, Aronow-Samii and the allocation curves.
 */
public final class ClassicalPane extends BorderPane {

    /** The tab's stylesheet, in the ui-resources module. */
    static final String STYLESHEET = "/org/causalworkbench/ui/classical.css";

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public ClassicalPane(ClassicalViewModel model) {
        setId("classicalPane");
        URL stylesheet = ClassicalPane.class.getResource(STYLESHEET);
        if (stylesheet == null) {
            throw new IllegalStateException("stylesheet " + STYLESHEET + " is missing from the"
                    + " class path; the ui-resources module must be on it");
        }
        getStylesheets().add(stylesheet.toExternalForm());
        ThemeStylesheets.follow(this, "/org/causalworkbench/ui/classical-dark.css");

        Button example = new Button("Load example");
        example.setId("classicalLoadExample");
        example.setOnAction(event -> {
            if (confirmExample(model.exampleReplaces())) {
                model.loadExample();
            }
        });
        Label dataset = new Label();
        dataset.setId("classicalDataset");
        dataset.getStyleClass().add("dataset-note");
        model.workspace().dataProperty().addListener((obs, old, now) ->
                dataset.setText(describe(now)));
        dataset.setText(describe(model.workspace().dataProperty().get()));
        example.setMinWidth(Region.USE_PREF_SIZE);
        dataset.setWrapText(true);
        dataset.setMinHeight(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(example, dataset);
        HBox.setHgrow(dataset, Priority.ALWAYS);
        toolbar.getStyleClass().add("classical-toolbar");
        setTop(toolbar);

        Tab hudgensHalloran = new Tab("Hudgens-Halloran",
                scroll(new HudgensHalloranPane(model.hudgensHalloran())));
        hudgensHalloran.setId("classicalHhTab");
        Tab aronowSamii = new Tab("Aronow-Samii", scroll(new AronowSamiiPane(
                model.aronowSamii(), model.workspace().dataProperty())));
        aronowSamii.setId("classicalAsTab");
        ScrollPane curvesScroll = scroll(new AllocationPane(model.allocation()));
        // The charts take the height the window offers, down to their minimum size.
        curvesScroll.setFitToHeight(true);
        Tab curves = new Tab("Allocation curves", curvesScroll);
        curves.setId("classicalCurvesTab");
        TabPane tabs = new TabPane(hudgensHalloran, aronowSamii, curves);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    private static String describe(InterferenceData data) {
        if (data == null) {
            return "No unit table loaded.";
        }
        String text = data.name() + ": " + data.size() + " units in "
                + data.groups().stream().distinct().count() + " groups";
        return data.note().isEmpty() ? text : text + " " + data.note();
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("pane-heading");
        return heading;
    }

    static Label subheading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("classical-subheading");
        return heading;
    }

    static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("interference-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        return caption;
    }

    /** Creates a warning label that shows the message and hides itself when it is empty. */
    static Label bindError(ObservableStringValue message, String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("interference-warning");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(message);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static boolean confirmExample(String replaced) {
        if (replaced.isEmpty()) {
            return true;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, replaced, ButtonType.OK,
                ButtonType.CANCEL);
        confirm.setHeaderText("Load the two-stage example?");
        confirm.getDialogPane().setId("classicalExampleConfirm");
        confirm.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    static void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
