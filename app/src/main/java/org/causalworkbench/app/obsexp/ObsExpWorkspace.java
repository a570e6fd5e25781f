package org.causalworkbench.app.obsexp;

import java.net.URL;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.causalworkbench.app.theme.ThemeStylesheets;

/**
 * The observational-plus-experimental workspace: the settings on the left, and on the right the
 * results, the interactive view of the impossibility result and the simulation study, in three
 * tabs.
 */
public final class ObsExpWorkspace extends BorderPane {

    private final SimulationStudyViewModel study;


    /** The workspace's stylesheet, in the ui-resources module. */
    static final String STYLESHEET = "/org/causalworkbench/ui/obsexp.css";

    /**
     * Creates the workspace.
     *
     * @param model the view model
     */
    public ObsExpWorkspace(ObsExpViewModel model) {
        setId("obsExpWorkspace");
        URL stylesheet = ObsExpWorkspace.class.getResource(STYLESHEET);
        if (stylesheet == null) {
            throw new IllegalStateException("stylesheet " + STYLESHEET + " is missing from the"
                    + " class path; the ui-resources module must be on it");
        }
        getStylesheets().add(stylesheet.toExternalForm());
        ThemeStylesheets.follow(this, "/org/causalworkbench/ui/obsexp-dark.css");

        Tab results = new Tab("Results", new ObsExpResultsPane(model));
        results.setId("obsExpResultsTab");
        Tab theorem = new Tab("Falsify, never validate: the spike", new SpikePane(model));
        theorem.setId("obsExpSpikeTab");
        study = new SimulationStudyViewModel(Platform::runLater,
                SimulationStudyViewModel.daemonWorker());
        Tab simulation = new Tab("Simulation study", new SimulationStudyPane(study));
        simulation.setId("obsExpStudyTab");
        TabPane tabs = new TabPane(results, theorem, simulation);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        ScrollPane settings = new ScrollPane(new ObsExpSettingsPane(model));
        settings.setFitToWidth(true);
        settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        SplitPane split = new SplitPane(settings, tabs);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(settings, false);
        setCenter(split);
    }

    /** Returns the simulation study's view model, for the running-tasks drawer. */
    public SimulationStudyViewModel study() {
        return study;
    }
}
