package org.causalworkbench.app.interference;

import java.net.URL;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The interference workspace: the inputs on the left, and on the right the estimates, the
 * overlap diagnostics, the live signature preview and the interaction structure, in four tabs.
 *
 * <p>The structure tab shows the graph editor of the interaction structure, which
 * {@link #setStructureEditor(Node)} can replace.
 */
public final class InterferenceWorkspace extends BorderPane {

    /** The workspace's stylesheet, in the ui-resources module. */
    static final String STYLESHEET = "/org/causalworkbench/ui/interference.css";

    private final Tab structure = new Tab("Structure");

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

        Tab estimates = new Tab("Estimates", new EstimatesPane(model));
        estimates.setId("interferenceEstimatesTab");
        Tab diagnostics = new Tab("Overlap diagnostics", new DiagnosticsPane(model));
        diagnostics.setId("interferenceDiagnosticsTab");
        Tab preview = new Tab("Signature preview", new PreviewPane(model));
        preview.setId("interferencePreviewTab");
        structure.setId("interferenceStructureTab");
        structure.setContent(new StructurePane(model));
        TabPane tabs = new TabPane(estimates, diagnostics, preview, structure);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        InputsPane inputs = new InputsPane(model);
        SplitPane split = new SplitPane(inputs, tabs);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(inputs, false);
        setCenter(split);
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
