package org.causalworkbench.app.interference.teaching;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.simulate.ProcessTruth;
import org.causalworkbench.estimators.interference.simulate.SimulatedUnits;

/**
 * One data set of a teaching example as the unit table shows it, with the truth behind it.
 *
 * @param name the data set's name, such as "Model 1: Y = T I"
 * @param rows one row per unit
 * @param truth the outcome model, shown only when the truth is revealed
 */
public record ExampleDataSet(String name, List<UnitRow> rows, ProcessTruth truth) {

    /** Copies the rows. */
    public ExampleDataSet {
        rows = List.copyOf(rows);
    }

    /** Converts simulated units into table rows. */
    static ExampleDataSet of(String name, SimulatedUnits units) {
        int[] t = units.treatment();
        double[] y = units.outcome();
        List<UnitRow> rows = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Signature signature = units.signatures().get(i);
            rows.add(new UnitRow(units.id(i), t[i], y[i],
                    signature == null ? "missing" : signature.toString()));
        }
        return new ExampleDataSet(name, rows, units.truth());
    }
}
