package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.Test;

/** Checks that the treated unit and intervention time are read off the treatment flags. */
class TreatmentProposalTest {

    private static Panel build(String text, PanelSpec spec) {
        return PanelReader.build(CsvTable.read(new StringReader(text), "flags.csv"), spec);
    }

    @Test
    void of_proposesCaliforniaIn1989_onSmokingData() {
        Panel panel = PanelReader.read(SharedDatasets.require("smoking_data.csv"),
                new PanelSpec("state", "year", "cigsale", "Proposition 99"));

        TreatmentProposal proposal = TreatmentProposal.of(panel).orElseThrow();

        assertEquals("California", proposal.treatedUnit());
        assertEquals(1989, proposal.interventionTime());
        assertEquals(List.of(), proposal.otherTreatedUnits());
    }

    @Test
    void of_proposesEarliestTreatedUnit() {
        Panel panel = build("unit,time,y,d\n"
                + "A,1,1,0\nA,2,1,0\nA,3,1,0\n"
                + "B,1,1,0\nB,2,1,0\nB,3,1,1\n"
                + "C,1,1,0\nC,2,1,1\nC,3,1,1\n",
                new PanelSpec("unit", "time", "y", "d"));

        TreatmentProposal proposal = TreatmentProposal.of(panel).orElseThrow();

        assertEquals("C", proposal.treatedUnit());
        assertEquals(2, proposal.interventionTime());
        assertEquals(List.of("B"), proposal.otherTreatedUnits());
    }

    @Test
    void of_returnsEmpty_withoutTreatedCell() {
        Panel panel = build("unit,time,y,d\nA,1,1,no\nA,2,1,no\n",
                new PanelSpec("unit", "time", "y", "d"));

        assertTrue(TreatmentProposal.of(panel).isEmpty());
    }

    @Test
    void of_returnsEmpty_withoutFlagColumn() {
        Panel panel = build("unit,time,y,d\nA,1,1,yes\nA,2,1,yes\n",
                new PanelSpec("unit", "time", "y", null));

        assertTrue(TreatmentProposal.of(panel).isEmpty());
    }
}
