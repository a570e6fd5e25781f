package org.causalworkbench.app.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undo and redo of synthetic-control settings, donor decisions and loads, without a window. */
class SynthUndoTest {

    private final CommandStack commands = new CommandStack();
    private SynthViewModel model;

    @BeforeEach
    void loadProp99() {
        model = new SynthViewModel(Runnable::run, Runnable::run, (request, progress, token) -> {
            throw new AssertionError("no test here runs an analysis");
        }, commands);
        model.loadPanel(SpilloverPanels.prop99(), Optional.empty());
        commands.clear();
    }

    private DonorChoice donor(String unit) {
        return model.donors().stream().filter(d -> d.unit().equals(unit)).findFirst()
                .orElseThrow();
    }

    private List<DonorDecision> decisions() {
        return model.donors().stream().map(DonorChoice::decision).toList();
    }

    @Test
    void settings_eachChangeIsOneNamedEntry() {
        model.treatedUnitProperty().set("California");
        model.interventionTimeProperty().set(1989.0);
        model.placeboProperty().set(false);
        model.treatedInPlaceboPoolsProperty().set(true);

        assertEquals(List.of("Set treated unit to California", "Set intervention time to 1989",
                "Turn off placebo inference", "Let the treated unit enter placebo pools"),
                commands.undoEntries().stream().map(c -> c.name()).toList());
    }

    @Test
    void settings_undoInReverseRestoresEachValue() {
        String treated = model.treatedUnitProperty().get();
        Double time = model.interventionTimeProperty().get();
        model.treatedUnitProperty().set("California");
        model.interventionTimeProperty().set(1989.0);
        model.placeboProperty().set(false);

        commands.undo();
        assertTrue(model.placeboProperty().get());
        commands.undo();
        assertEquals(time, model.interventionTimeProperty().get());
        commands.undo();
        assertEquals(treated, model.treatedUnitProperty().get());
        assertFalse(commands.canUndoProperty().get());

        commands.redo();
        commands.redo();
        commands.redo();
        assertEquals("California", model.treatedUnitProperty().get());
        assertEquals(1989.0, model.interventionTimeProperty().get());
        assertFalse(model.placeboProperty().get());
    }

    @Test
    void treatedUnit_undoKeepsDecisionsOfFormerDonor() {
        model.treatedUnitProperty().set("California");
        donor("Utah").includedProperty().set(false);
        model.spillover().setReason(donor("Utah"), "neighbour");
        List<DonorDecision> before = decisions();

        model.treatedUnitProperty().set("Utah");
        commands.undo();

        assertEquals("California", model.treatedUnitProperty().get());
        assertEquals(before, decisions());
    }

    @Test
    void donorDecisions_undoRestoresExactly() {
        model.treatedUnitProperty().set("California");
        List<DonorDecision> start = decisions();

        donor("Utah").includedProperty().set(false);
        assertEquals("Exclude donor Utah", commands.undoNameProperty().get());
        model.spillover().setReason(donor("Utah"), "neighbour");
        assertEquals("Set reason for donor Utah", commands.undoNameProperty().get());
        donor("Nevada").trustedProperty().set(true);
        assertEquals("Trust donor Nevada", commands.undoNameProperty().get());
        List<DonorDecision> edited = decisions();

        commands.undo();
        commands.undo();
        commands.undo();
        assertEquals(start, decisions());
        commands.redo();
        commands.redo();
        commands.redo();
        assertEquals(edited, decisions());
    }

    @Test
    void reinclude_undoRestoresClearedReason() {
        model.treatedUnitProperty().set("California");
        donor("Utah").includedProperty().set(false);
        model.spillover().setReason(donor("Utah"), "neighbour");

        donor("Utah").includedProperty().set(true);
        assertEquals("", donor("Utah").reasonProperty().get());
        commands.undo();

        assertFalse(donor("Utah").isIncluded());
        assertEquals("neighbour", donor("Utah").reasonProperty().get());
        assertEquals("Set reason for donor Utah", commands.undoNameProperty().get());
    }

    @Test
    void excludeAll_isOneEntryAndLogsUndo() {
        model.treatedUnitProperty().set("California");
        int entries = commands.undoEntries().size();

        model.spillover().setAllIncluded(false);

        assertEquals(entries + 1, commands.undoEntries().size());
        assertEquals("Exclude all donors", commands.undoNameProperty().get());
        assertTrue(model.donors().stream().noneMatch(DonorChoice::isIncluded));
        commands.undo();
        assertTrue(model.donors().stream().allMatch(DonorChoice::isIncluded));
        AuditEntry last = model.spillover().audit().get(model.spillover().audit().size() - 1);
        assertEquals("include (undo)", last.action());
    }

    @Test
    void loadPanel_namesColumnRolesAndUndoReturnsToPreviousPanel() {
        Panel prop99 = model.panelProperty().get();
        model.treatedUnitProperty().set("California");
        donor("Utah").includedProperty().set(false);
        List<DonorDecision> before = decisions();
        Panel sample = SampleLoader.factorPanel();

        model.loadPanel(sample, TreatmentProposal.of(sample));

        assertEquals("Load factor-panel.csv (unit region, time period, outcome outcome, treatment"
                + " treated)", commands.undoNameProperty().get());
        commands.undo();
        assertEquals(prop99, model.panelProperty().get());
        assertEquals("California", model.treatedUnitProperty().get());
        assertEquals(before, decisions());
        commands.redo();
        assertEquals(sample, model.panelProperty().get());
        assertTrue(model.donors().stream().allMatch(DonorChoice::isIncluded));
    }

    @Test
    void firstLoad_undoLeavesNoPanel() {
        SynthViewModel empty = new SynthViewModel(Runnable::run, Runnable::run,
                (request, progress, token) -> null);
        Panel sample = SampleLoader.factorPanel();
        empty.loadPanel(sample, TreatmentProposal.of(sample));

        empty.commands().undo();

        assertNull(empty.panelProperty().get());
        assertTrue(empty.donors().isEmpty());
        assertTrue(empty.units().isEmpty());
        assertNull(empty.treatedUnitProperty().get());
    }
}
