package org.causalworkbench.estimators.synth.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.junit.jupiter.api.Test;

/** Checks the conversion of a simulated panel to the workbench's panel and CSV. */
class SpilloverPanelTest {

    private static final SpilloverPanel PANEL = SpilloverProcess.withDefaults().withDonors(5)
            .withPrePeriods(4).withPostPeriods(2).withInvalidShare(0.4).generate(11);

    @Test
    void toPanel_keepsEveryValueExactly() {
        Panel panel = PANEL.toPanel("sim.csv");
        assertEquals(6, panel.unitCount());
        assertEquals(6, panel.timeCount());
        assertEquals(SpilloverPanel.TARGET_UNIT, panel.units().get(0));
        assertEquals("donor5", panel.units().get(5));
        assertEquals(1.0, panel.time(0));
        for (int t = 0; t < 6; t++) {
            assertEquals(PANEL.target()[t], panel.outcome(0, t));
            for (int i = 0; i < 5; i++) {
                assertEquals(PANEL.donorOutcome(i, t), panel.outcome(i + 1, t));
            }
        }
    }

    @Test
    void toPanel_flagsTargetAfterIntervention() {
        Panel panel = PANEL.toPanel("sim.csv");
        assertTrue(panel.hasTreatmentFlag());
        assertFalse(panel.treated(0, 3));
        assertTrue(panel.treated(0, 4));
        assertFalse(panel.treated(1, 4));
        // Header on line 1, then 6 target rows, so donor1 at period 1 is line 8.
        assertEquals(8, panel.line(1, 0));
    }

    @Test
    void toCsv_writesLongTable() {
        List<String> lines = PANEL.toCsv().lines().toList();
        assertEquals(SpilloverPanel.CSV_HEADER, lines.get(0));
        assertEquals(1 + 6 * 6, lines.size());
        assertEquals("target,5," + PANEL.target()[4] + ",true", lines.get(5));
    }

    @Test
    void toSetup_intervenesAtFirstPostPeriod() {
        SyntheticControlSetup setup = PANEL.toSetup(List.of("donor2"));
        assertEquals(5.0, setup.interventionTime());
        assertEquals(4, setup.preCount());
        assertEquals(List.of("donor1", "donor3", "donor4", "donor5"), setup.donors());
    }

    @Test
    void truth_listsInvalidAndValidDonors() {
        assertEquals(2, PANEL.invalidDonors().length);
        assertEquals(3, PANEL.validDonors().length);
        assertEquals(11, PANEL.seed());
        assertThrows(IndexOutOfBoundsException.class, () -> PANEL.donor(5));
    }
}
