package org.causalworkbench.app.interference;

import java.net.URL;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.causalworkbench.app.interference.classical.ClassicalPane;
import org.causalworkbench.app.interference.classical.ClassicalViewModel;
import org.causalworkbench.app.interference.teaching.TeachingPane;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.app.theme.ThemeStylesheets;

/**
 * The interference workspace: the inputs on the left, and on the right the estimates, the
 * overlap diagnostics, the live signature preview, the interaction structure, the classical
 * estimators and a teaching mode with simulations, in six tabs.
 *
 * <p>The structure tab shows the graph editor of the interaction structure, which
 * {@link #setStructureEditor(Node)} can replace.
 */
public final class InterferenceWorkspace extends BorderPane {

    /** The workspace's stylesheet, in the ui-resources module. */
    static final String STYLESHEET = "/org/causalworkbench/ui/interference.css";

    private final Tab structure = new Tab("Structure");
    private final ClassicalViewModel classical;

    /**
     * Creates the workspace.
     *
     * @param model the view model
     */
    public InterferenceWorkspace(InterferenceViewModel model) {
        setId("interferenceWorkspace");
        URL stylesheet = InterferenceWorkspace.class.getResource(STYLESHEET);
        if (stylesheet == null) {
            throw new IllegalStateException("stylesheet " + STYLESHEET + " is missing from the"
                    + " class path; the ui-resources module must be on it");
        }
        getStylesheets().add(stylesheet.toExternalForm());
        ThemeStylesheets.follow(this, "/org/causalworkbench/ui/interference-dark.css");

        Tab estimates = new Tab("Estimates", new EstimatesPane(model));
        estimates.setId("interferenceEstimatesTab");
        Tab diagnostics = new Tab("Overlap diagnostics", new DiagnosticsPane(model));
        diagnostics.setId("interferenceDiagnosticsTab");
        Tab preview = new Tab("Signature preview", new PreviewPane(model));
        preview.setId("interferencePreviewTab");
        structure.setId("interferenceStructureTab");
        structure.setContent(new StructurePane(model));
        classical = new ClassicalViewModel(model, Platform::runLater,
                WorkerThreads.singleDaemon("classical"));
        Tab classicalTab = new Tab("Classical", new ClassicalPane(classical));
        classicalTab.setId("interferenceClassicalTab");
        Tab teaching = new Tab("Teaching", TeachingPane.create());
        teaching.setId("interferenceTeachingTab");
        TabPane tabs = new TabPane(estimates, diagnostics, preview, structure, classicalTab,
                teaching);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        InputsPane inputs = new InputsPane(model);
        SplitPane split = new SplitPane(inputs, tabs);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(inputs, false);
        // The teaching tab has its own controls, so it gets the workspace's full width.
        teaching.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                split.getItems().remove(inputs);
            } else if (!split.getItems().contains(inputs)) {
                split.getItems().add(0, inputs);
                split.setDividerPositions(0.2);
            }
        });
        setCenter(split);
    }

    /** Returns the view model of the classical tab, which projects save and restore. */
    public ClassicalViewModel classical() {
        return classical;
    }

    /**
     * Replaces the structure tab's graph editor with another editor of the interaction structure.
     *
     * @param editor the editor pane
     */
    public void setStructureEditor(Node editor) {
        structure.setContent(editor);
    }
}
