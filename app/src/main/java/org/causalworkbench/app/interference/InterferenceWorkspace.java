package org.causalworkbench.app.interference;

import java.net.URL;
import java.util.Map;
import java.util.TreeMap;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.interference.classical.ClassicalPane;
import org.causalworkbench.app.interference.classical.ClassicalViewModel;
import org.causalworkbench.app.interference.teaching.TeachingPane;
import org.causalworkbench.app.task.WorkerThreads;

/**
 * The interference workspace: the inputs on the left, and on the right the estimates, the
 * overlap diagnostics, the live signature preview, the interaction structure, the classical
 * estimators and a teaching mode with simulations, in six tabs.
 *
 * <p>The structure tab shows a placeholder until {@link #setStructureEditor(Node)} puts a graph
 * editor there.
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
        structure.setContent(structurePlaceholder(model));
        Tab classical = new Tab("Classical", new ClassicalPane(new ClassicalViewModel(model,
                Platform::runLater, WorkerThreads.singleDaemon("classical"))));
        classical.setId("interferenceClassicalTab");
        Tab teaching = new Tab("Teaching", TeachingPane.create());
        teaching.setId("interferenceTeachingTab");
        TabPane tabs = new TabPane(estimates, diagnostics, preview, structure, classical,
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

    /**
     * Replaces the structure tab's placeholder with an editor of the interaction structure.
     *
     * @param editor the editor pane
     */
    public void setStructureEditor(Node editor) {
        structure.setContent(editor);
    }

    private static Node structurePlaceholder(InterferenceViewModel model) {
        Label title = new Label("Interaction structure: group column");
        title.getStyleClass().add("pane-heading");
        Label slot = new Label("A graph editor and graph-file import will appear here. Until"
                + " then each group of the group column is a clique: every member acts on every"
                + " other member, and no edge joins two groups.");
        slot.setWrapText(true);
        Label statistics = new Label();
        statistics.setId("interferenceStructureSummary");
        statistics.setWrapText(true);
        model.dataProperty().addListener((obs, old, now) -> statistics.setText(summary(now)));
        statistics.setText(summary(model.dataProperty().get()));
        VBox box = new VBox(title, slot, statistics);
        box.getStyleClass().add("interference-slot");
        box.setId("interferenceStructureSlot");
        VBox outer = new VBox(box);
        outer.getStyleClass().add("interference-pane");
        return outer;
    }

    /** Describes the group sizes and degrees of the structure. */
    static String summary(InterferenceData data) {
        if (data == null) {
            return "";
        }
        Map<String, Integer> sizes = new java.util.HashMap<>();
        for (String group : data.groups()) {
            sizes.merge(group, 1, Integer::sum);
        }
        Map<Integer, Integer> groupsBySize = new TreeMap<>();
        sizes.values().forEach(size -> groupsBySize.merge(size, 1, Integer::sum));
        long edges = 0;
        long isolated = 0;
        for (int[] neighbours : data.neighbours()) {
            edges += neighbours.length;
            isolated += neighbours.length == 0 ? 1 : 0;
        }
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%d units in %d groups, %d edges, mean degree %.2f, %d isolated unit(s)."
                        + "\nGroups by size:", data.size(), sizes.size(), edges / 2,
                (double) edges / data.size(), isolated));
        groupsBySize.forEach((size, count) -> text.append(' ').append(count).append(" of ")
                .append(size).append(','));
        text.setLength(text.length() - 1);
        return text.append('.').toString();
    }
}
