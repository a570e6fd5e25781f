package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.interference.classical.ClassicalViewModel;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.VarianceInflation;
import org.junit.jupiter.api.Test;

/** Undo and redo of the interference loads and input settings, without a window. */
class InterferenceUndoTest {

    private final CommandStack commands = new CommandStack();
    /** Drops the runs that opening the graph example starts: running is no edit. */
    private final InterferenceViewModel model = new InterferenceViewModel(Runnable::run,
            task -> { }, (request, progress, token) -> {
                throw new AssertionError("no test here runs an analysis");
            }, commands);

    private List<String> names() {
        return commands.undoEntries().stream().map(Command::name).toList();
    }

    @Test
    void checkBoxesAndChoices_undoRestoresEach() {
        model.load(InterferenceViewModelTest.twoHouseholds());
        commands.clear();

        model.componentProperty(SignatureComponent.TREATED_COUNT).set(true);
        model.ownTreatmentModifierProperty().set(true);
        model.isolatedUnitPolicyProperty().set(IsolatedUnitPolicy.MISSING);
        model.propensityModelProperty().set(PropensityModel.values()[1]);
        model.inflationProperty().set(VarianceInflation.MAXIMUM);
        model.assumeAdditivityProperty().set(false);
        model.structure().sourceProperty().set(StructureSource.GRAPH);

        assertEquals(List.of("Add treated-neighbour count to the signature",
                "Turn on the own-treatment modifier", "Set isolated units to missing",
                "Set propensity model to " + PropensityModel.values()[1],
                "Set variance inflation to maximum", "Drop the additivity assumption",
                "Set structure to " + StructureSource.GRAPH), names());
        for (int i = 0; i < 7; i++) {
            commands.undo();
        }
        assertFalse(model.componentProperty(SignatureComponent.TREATED_COUNT).get());
        assertFalse(model.ownTreatmentModifierProperty().get());
        assertEquals(IsolatedUnitPolicy.REJECT, model.isolatedUnitPolicyProperty().get());
        assertEquals(PropensityModel.CELLS, model.propensityModelProperty().get());
        assertEquals(VarianceInflation.SPECTRAL_RADIUS, model.inflationProperty().get());
        assertTrue(model.assumeAdditivityProperty().get());
        assertEquals(StructureSource.GROUP_COLUMN, model.structure().sourceProperty().get());
        assertFalse(commands.modifiedProperty().get());
    }

    @Test
    void spinnersAndTextFields_mergeConsecutiveChanges() {
        model.load(InterferenceViewModelTest.twoHouseholds());
        commands.clear();
        int bins = model.binsProperty().get();
        String level = model.defaultLevelProperty().get();

        model.binsProperty().set(bins + 1);
        model.binsProperty().set(bins + 2);
        model.defaultLevelProperty().set("0.");
        model.defaultLevelProperty().set("0.5");

        assertEquals(List.of("Set bins to " + (bins + 2), "Set default level to 0.5"), names());
        commands.undo();
        assertEquals(level, model.defaultLevelProperty().get());
        commands.undo();
        assertEquals(bins, model.binsProperty().get());
        commands.redo();
        assertEquals(bins + 2, model.binsProperty().get());
    }

    @Test
    void load_undoReturnsToPreviousTable() {
        InterferenceData first = InterferenceViewModelTest.twoHouseholds();
        model.load(first);
        InterferenceData second = InterferenceViewModelTest.twoHouseholds();

        model.load(second);

        assertEquals("Load " + second.name(), commands.undoNameProperty().get());
        commands.undo();
        assertSame(first, model.dataProperty().get());
        commands.undo();
        assertNull(model.dataProperty().get());
        assertTrue(model.preview().isEmpty());
        commands.redo();
        commands.redo();
        assertSame(second, model.dataProperty().get());
    }

    @Test
    void graphExample_isOneEntry() {
        model.loadGraphExample();

        assertEquals(List.of("Open the graph example"), names());
        assertTrue(model.runningProperty().get(), "the example starts a run, which is no entry");
        assertEquals(StructureSource.GRAPH, model.structure().sourceProperty().get());
        assertTrue(model.componentProperty(SignatureComponent.NEIGHBOUR_FRACTION).get());
        commands.undo();
        assertNull(model.dataProperty().get());
        assertEquals(StructureSource.GROUP_COLUMN, model.structure().sourceProperty().get());
        assertTrue(model.componentProperty(SignatureComponent.GROUP_FRACTION).get());
        assertFalse(model.componentProperty(SignatureComponent.NEIGHBOUR_FRACTION).get());
    }

    @Test
    void twoStageExample_isOneEntry() {
        model.structure().sourceProperty().set(StructureSource.GRAPH);
        commands.clear();

        new ClassicalViewModel(model, Runnable::run, task -> { }).loadExample();

        assertEquals(List.of("Open the two-stage example"), names());
        commands.undo();
        assertNull(model.dataProperty().get());
        assertEquals(StructureSource.GRAPH, model.structure().sourceProperty().get());
    }
}
