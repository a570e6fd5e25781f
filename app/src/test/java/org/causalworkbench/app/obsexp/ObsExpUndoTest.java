package org.causalworkbench.app.obsexp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.app.command.Command;
import org.causalworkbench.app.command.CommandStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Undo and redo of the observational-plus-experimental loads and settings, without a window. */
class ObsExpUndoTest {

    private static ObsExpDataset example;

    private final CommandStack commands = new CommandStack();
    private final ObsExpViewModel model = new ObsExpViewModel(Runnable::run, Runnable::run,
            (request, progress, token) -> {
                throw new AssertionError("no test here runs an analysis");
            }, commands);

    @BeforeAll
    static void generateExample() {
        example = TeachingExample.generate();
    }

    private List<String> names() {
        return commands.undoEntries().stream().map(Command::name).toList();
    }

    @Test
    void settings_undoRestoresEachAndRedoReapplies() {
        model.load(example);
        commands.clear();

        model.propensityProperty().set(0.4);
        model.kernelMomentTestProperty().set(false);
        model.scoreProperty().set(TestScore.IPW);
        model.hyperparameterSourceProperty().set(HyperparameterSource.KEEP);

        assertEquals(List.of("Set propensity to 0.4", "Turn off the F2 test",
                "Set test score to IPW pseudo-outcome",
                "Set hyperparameters to Keep those of the current result"), names());
        for (int i = 0; i < 4; i++) {
            commands.undo();
        }
        assertEquals(example.propensity(), model.propensityProperty().get());
        assertTrue(model.kernelMomentTestProperty().get());
        assertEquals(TestScore.AIPW, model.scoreProperty().get());
        assertEquals(HyperparameterSource.FIT, model.hyperparameterSourceProperty().get());
        assertFalse(commands.modifiedProperty().get());
        for (int i = 0; i < 4; i++) {
            commands.redo();
        }
        assertEquals(0.4, model.propensityProperty().get());
        assertFalse(model.kernelMomentTestProperty().get());
        assertEquals(TestScore.IPW, model.scoreProperty().get());
        assertEquals(HyperparameterSource.KEEP, model.hyperparameterSourceProperty().get());
    }

    @Test
    void load_isOneEntryAndUndoRestoresPropensity() {
        model.propensityProperty().set(0.3);

        model.load(example);

        assertEquals(List.of("Set propensity to 0.3", "Load " + example.name()), names());
        assertSame(example, model.datasetProperty().get());
        commands.undo();
        assertNull(model.datasetProperty().get());
        assertEquals(0.3, model.propensityProperty().get());
        commands.redo();
        assertSame(example, model.datasetProperty().get());
        assertEquals(example.propensity(), model.propensityProperty().get());
    }

    @Test
    void spikeDrag_mergesUntilClosed() {
        model.load(example);
        commands.clear();
        double start = model.spikeCenterProperty().get();

        model.spikeCenterProperty().set(0.1);
        model.spikeCenterProperty().set(0.2);
        model.spikeCenterProperty().set(0.3);
        commands.closeMerge();
        model.spikeCenterProperty().set(0.4);

        assertEquals(List.of("Move the spike", "Move the spike"), names());
        commands.undo();
        assertEquals(0.3, model.spikeCenterProperty().get());
        commands.undo();
        assertEquals(start, model.spikeCenterProperty().get());
    }
}
