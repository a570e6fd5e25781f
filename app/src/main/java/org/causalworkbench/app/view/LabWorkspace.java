package org.causalworkbench.app.view;

import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.command.PropertyEdits;
import org.causalworkbench.app.repr.GraspPane;
import org.causalworkbench.app.repr.GraspViewModel;
import org.causalworkbench.app.repr.LoraInspectorPane;
import org.causalworkbench.app.repr.RecommenderPane;
import org.causalworkbench.app.repr.RecommenderViewModel;
import org.causalworkbench.app.repr.TreatmentsPane;
import org.causalworkbench.app.repr.TreatmentsViewModel;
import org.causalworkbench.app.shell.TrackedTask;
import org.causalworkbench.app.shell.WindowShell;

/**
 * The Representation lab workspace: the LoRA inspector, GRASP, recommender and
 * structured-treatment panes in tabs of their own, with the status bar, the Tasks drawer, the
 * undo history and the Analysis menu following the pane on screen.
 */
final class LabWorkspace {

    /** Shows a run's status text and progress in the window's status bar. */
    @FunctionalInterface
    interface StatusBinding {
        void bind(ReadOnlyStringProperty text, ReadOnlyBooleanProperty running,
                ReadOnlyDoubleProperty progress);
    }

    private final LoraInspectorPane inspector = LoraInspectorPane.create();
    private final GraspPane grasp = GraspPane.create();
    private final RecommenderPane recommender = RecommenderPane.create();
    private final TreatmentsPane treatments = TreatmentsPane.create();
    private final Tab inspectorTab = labTab("LoRA inspector", "loraInspectorTab", inspector);
    private final Tab graspTab = labTab("GRASP", "graspTab", grasp);
    private final Tab recommenderTab = labTab("Recommender", "recommenderTab", recommender);
    private final Tab treatmentsTab = labTab("Structured treatments", "treatmentsTab",
            treatments);
    private final TabPane panes = new TabPane(inspectorTab, graspTab, recommenderTab,
            treatmentsTab);
    private final Tab tab;
    private final Map<Tab, Runnable> paneStatus;

    /**
     * Creates the panes; call on the FX thread.
     *
     * @param status binds the window's status bar
     */
    LabWorkspace(StatusBinding status) {
        panes.setId("reprLabPanes");
        panes.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Each lab pane scrolls on its own (see labTab), so the lab is not wrapped again: a
        // second scroll pane around it would push the panes' scroll bars out of view.
        tab = new Tab("Representation lab", panes);
        tab.setId("reprLabTab");
        paneStatus = Map.of(
                inspectorTab, () -> status.bind(inspector.model().statusProperty(),
                        inspector.model().runningProperty(), inspector.model().progressProperty()),
                graspTab, () -> status.bind(grasp.model().statusProperty(),
                        grasp.model().runningProperty(), grasp.model().progressProperty()),
                recommenderTab, () -> status.bind(recommender.model().statusProperty(),
                        recommender.model().runningProperty(),
                        recommender.model().progressProperty()),
                treatmentsTab, () -> status.bind(treatments.model().statusProperty(),
                        treatments.model().runningProperty(),
                        treatments.model().progressProperty()));
        // The status bar follows the lab pane on show, not the last synthetic-control run.
        panes.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (tab.isSelected()) {
                paneStatus.get(now).run();
            }
        });
    }

    /** Returns the workspace's tab in the window's workspace tabs. */
    Tab tab() {
        return tab;
    }

    /** Returns the tabs of the four panes, whose selection a project layout stores. */
    TabPane panes() {
        return panes;
    }

    GraspViewModel grasp() {
        return grasp.model();
    }

    RecommenderViewModel recommender() {
        return recommender.model();
    }

    TreatmentsViewModel treatments() {
        return treatments.model();
    }

    /** Returns whether the LoRA inspector is the pane on screen. */
    BooleanBinding inspectorShown() {
        return tab.selectedProperty().and(inspectorTab.selectedProperty());
    }

    /** Binds the status bar to the pane on screen; call when the workspace is selected. */
    void showStatus() {
        paneStatus.get(panes.getSelectionModel().getSelectedItem()).run();
    }

    /** Runs the pane on screen; the LoRA inspector has no run. */
    void runSelected() {
        Tab selected = panes.getSelectionModel().getSelectedItem();
        if (selected == graspTab) {
            grasp.model().run();
        } else if (selected == recommenderTab) {
            recommender.model().run();
        } else if (selected == treatmentsTab) {
            treatments.model().run();
        }
    }

    /** Cancels the running job of the pane on screen. */
    void cancelSelected() {
        Tab selected = panes.getSelectionModel().getSelectedItem();
        if (selected == inspectorTab) {
            inspector.model().cancel();
        } else if (selected == graspTab) {
            grasp.model().cancel();
        } else if (selected == recommenderTab) {
            recommender.model().cancel();
        } else {
            treatments.model().cancel();
        }
    }

    /**
     * Lists the panes' runs in the Tasks drawer and puts their settings on the undo stack.
     *
     * @param shell the window's shell
     * @param commands the window's undo history
     */
    void track(WindowShell shell, CommandStack commands) {
        trackGraspSettings(commands, grasp.model());
        trackLabSettings(commands, recommender.model(), treatments.model());
        // One task covers the experiment and the sweep, so its title names neither.
        shell.track(new TrackedTask("GRASP run", grasp.model().runningProperty(),
                grasp.model().progressProperty(), grasp.model().statusProperty(),
                grasp.model().errorProperty(), grasp.model()::cancel));
        RecommenderViewModel recommenderRun = recommender.model();
        shell.track(new TrackedTask("Recommender run", recommenderRun.runningProperty(),
                recommenderRun.progressProperty(), recommenderRun.statusProperty(),
                recommenderRun.errorProperty(), recommenderRun::cancel));
        TreatmentsViewModel treatmentRun = treatments.model();
        shell.track(new TrackedTask("Structured-treatment run", treatmentRun.runningProperty(),
                treatmentRun.progressProperty(), treatmentRun.statusProperty(),
                treatmentRun.errorProperty(), treatmentRun::cancel));
    }

    /** Puts the GRASP panel's settings on the window's undo stack, one entry per change. */
    private static void trackGraspSettings(CommandStack commands, GraspViewModel grasp) {
        PropertyEdits.trackMerging(commands, grasp.correlationProperty(),
                value -> "Set GRASP correlation to " + value);
        PropertyEdits.trackMerging(commands, grasp.complexityProperty(),
                value -> "Set GRASP task complexity to " + value);
        PropertyEdits.trackMerging(commands, grasp.rankProperty(),
                value -> "Set GRASP LoRA rank to " + value);
        PropertyEdits.trackMerging(commands, grasp.seedProperty(),
                value -> "Set GRASP seed to " + value);
    }

    private static void trackLabSettings(CommandStack commands,
            RecommenderViewModel recommender, TreatmentsViewModel treatments) {
        PropertyEdits.trackMerging(commands, recommender.lambdasProperty(),
                value -> "Set recommender \u03bb values to " + value,
                recommender::isApplyingPreset);
        PropertyEdits.trackMerging(commands, recommender.seedProperty(),
                value -> "Set recommender seed to " + value);
        PropertyEdits.trackMerging(commands, treatments.seedProperty(),
                value -> "Set structured-treatment seed to " + value);
        trackRecommenderPreset(commands, recommender);
        PropertyEdits.track(commands, treatments.presetProperty(),
                value -> "Set structured-treatment preset to " + value);
    }

    /**
     * Puts each recommender preset change on the undo stack as one entry with the lambda list
     * it replaced, because a preset also sets the list and undo must bring back the one typed
     * before.
     */
    private static void trackRecommenderPreset(CommandStack commands,
            RecommenderViewModel recommender) {
        StringProperty typed = new SimpleStringProperty(recommender.lambdasProperty().get());
        recommender.lambdasProperty().addListener((obs, old, now) -> {
            if (!recommender.isApplyingPreset()) {
                typed.set(now);
            }
        });
        recommender.presetProperty().addListener((obs, old, now) -> {
            if (commands.isApplying() || old == now) {
                return;
            }
            String before = typed.get();
            String after = recommender.lambdasProperty().get();
            typed.set(after);
            commands.execute(Command.of("Set recommender preset to " + now, () -> {
                recommender.presetProperty().set(now);
                recommender.lambdasProperty().set(after);
            }, () -> {
                recommender.presetProperty().set(old);
                recommender.lambdasProperty().set(before);
            }));
        });
    }

    /**
     * Returns a tab of the Representation lab whose pane scrolls when the zoom makes it larger
     * than the tab. The panes' charts keep a minimum size that grows with the zoom.
     */
    private static Tab labTab(String title, String id, Region content) {
        // The lab's panes fill their tabs edge to edge; a margin keeps text off the border.
        content.setStyle("-fx-padding: 0.5em;");
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("workspace-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }
}
