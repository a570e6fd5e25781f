package org.causalworkbench.estimators.interference.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.causalworkbench.estimators.io.AtomicFiles;

/**
 * Writes simulated units as a UTF-8 CSV unit table with the header {@code id,group,x,t,y}: the
 * unit id, the group label (from 1, empty for a unit without a group), the covariate X, the
 * treatment (0 or 1) and the outcome. Numbers are written with {@link Double#toString(double)},
 * which reads back to the same double, and lines end with LF.
 *
 * <p>Units whose signature is missing, such as the members of one-unit contexts, are left out,
 * because a fraction signature computed from the group column would be 0/0 for them. The
 * other units keep their ids, so the ids of the left-out units are absent from the file.
 *
 * <p>The file is written through {@link AtomicFiles}, so readers see the old file or the
 * complete new one.
 */
public final class SimulatedUnitsCsv {

    /** The header row. */
    public static final String HEADER = "id,group,x,t,y";

    private SimulatedUnitsCsv() {
    }

    /**
     * Writes the unit table.
     *
     * @param target the file to create or replace
     * @param units the units
     * @return the number of units left out because their signature is missing
     * @throws IOException if the folder is missing or the file cannot be written or moved
     */
    public static int write(Path target, SimulatedUnits units) throws IOException {
        int[] groups = units.groups();
        double[] x = units.covariate();
        int[] t = units.treatment();
        double[] y = units.outcome();
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        int leftOut = 0;
        for (int i = 0; i < units.size(); i++) {
            if (units.signatures().get(i) == null) {
                leftOut++;
                continue;
            }
            text.append(units.id(i)).append(',');
            if (groups[i] != SimulatedUnits.NO_GROUP) {
                text.append(groups[i] + 1);
            }
            text.append(',').append(x[i]).append(',').append(t[i]).append(',').append(y[i])
                    .append('\n');
        }
        AtomicFiles.write(target, text.toString().getBytes(StandardCharsets.UTF_8));
        return leftOut;
    }
}
