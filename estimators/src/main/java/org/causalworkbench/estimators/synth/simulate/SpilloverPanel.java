package org.causalworkbench.estimators.synth.simulate;

import java.io.StringReader;
import java.util.Collection;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * One panel drawn by {@link SpilloverProcess}: the target's and the donors' outcomes with the
 * truth, that is which donors the spillover reached and the effect tau.
 *
 * <p>Periods are numbered 1 to T0 + P. Period T0 + 1 is the first post-intervention period and
 * the intervention time of {@link #toSetup}; O'Riordan and Gilligan-Lee (2025) call it T0.
 * Donor i (from 0) is named {@code donor<i + 1>} and the target {@value #TARGET_UNIT}.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable; accessors return copies.
 */
public final class SpilloverPanel {

    /** The target's unit name. */
    public static final String TARGET_UNIT = "target";

    /** The CSV header of {@link #toCsv()}. */
    public static final String CSV_HEADER = "unit,time,outcome,treated";

    private static final PanelSpec SPEC = new PanelSpec("unit", "time", "outcome", "treated");

    private final double[] target;
    private final double[][] donors;
    private final int prePeriods;
    private final boolean[] invalid;
    private final double effect;
    private final double spillover;
    private final long seed;

    SpilloverPanel(double[] target, double[][] donors, int prePeriods, boolean[] invalid,
            double effect, double spillover, long seed) {
        this.target = target;
        this.donors = donors;
        this.prePeriods = prePeriods;
        this.invalid = invalid;
        this.effect = effect;
        this.spillover = spillover;
        this.seed = seed;
    }

    /** Returns the seed the panel was drawn from. */
    public long seed() {
        return seed;
    }

    /** Returns the number of candidate donors N. */
    public int donorCount() {
        return donors.length;
    }

    /** Returns the number of periods T0 + P. */
    public int periodCount() {
        return target.length;
    }

    /** Returns the number of pre-intervention periods T0. */
    public int prePeriods() {
        return prePeriods;
    }

    /** Returns the number of post-intervention periods P. */
    public int postPeriods() {
        return target.length - prePeriods;
    }

    /** Returns the target's outcomes, one per period. */
    public double[] target() {
        return target.clone();
    }

    /** Returns donor {@code donor}'s outcomes, one per period. */
    public double[] donor(int donor) {
        return donors[checkDonor(donor)].clone();
    }

    /** Returns one donor outcome, with donor and period indices from 0. */
    public double donorOutcome(int donor, int period) {
        return donors[checkDonor(donor)][period];
    }

    /** Returns the name of donor {@code donor}, counted from 0. */
    public static String donorName(int donor) {
        return "donor" + (donor + 1);
    }

    /** Returns the true effect tau on the target, the same in every post-period. */
    public double trueEffect() {
        return effect;
    }

    /** Returns the full-strength spillover gamma of the invalid donors. */
    public double spillover() {
        return spillover;
    }

    /** Returns whether the spillover reached donor {@code donor}. */
    public boolean isInvalid(int donor) {
        return invalid[checkDonor(donor)];
    }

    /** Returns the indices of the invalid donors, ascending. */
    public int[] invalidDonors() {
        return donorsWhere(true);
    }

    /** Returns the indices of the valid donors, ascending. */
    public int[] validDonors() {
        return donorsWhere(false);
    }

    /**
     * Writes the panel as a long CSV table with the header {@value #CSV_HEADER}, unit by unit
     * (target first) and period by period, lines ending with LF. {@code treated} is
     * {@code true} for the target from period T0 + 1 and {@code false} elsewhere. Numbers are
     * written with {@link Double#toString(double)}, which reads back to the same double.
     */
    public String toCsv() {
        StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
        appendUnit(text, TARGET_UNIT, target, true);
        for (int i = 0; i < donors.length; i++) {
            appendUnit(text, donorName(i), donors[i], false);
        }
        return text.toString();
    }

    /**
     * Builds a {@link Panel} from {@link #toCsv()}, so its line numbers are lines of that text.
     *
     * @param sourceName the name used in messages
     * @return the panel, with columns unit, time, outcome and the treatment flag treated
     */
    public Panel toPanel(String sourceName) {
        return PanelReader.build(CsvTable.read(new StringReader(toCsv()), sourceName), SPEC);
    }

    /**
     * Builds the synthetic-control problem of the target with the intervention at T0 + 1.
     *
     * @param excludedDonors names of donors to leave out of the pool
     * @return the problem on {@link #toPanel(String) toPanel("simulated spillover panel")}
     */
    public SyntheticControlSetup toSetup(Collection<String> excludedDonors) {
        return SyntheticControlSetup.of(toPanel("simulated spillover panel"), TARGET_UNIT,
                prePeriods + 1, excludedDonors);
    }

    private void appendUnit(StringBuilder text, String unit, double[] outcomes,
            boolean treatedUnit) {
        for (int t = 0; t < outcomes.length; t++) {
            boolean treated = treatedUnit && t >= prePeriods;
            text.append(unit).append(',').append(t + 1).append(',').append(outcomes[t])
                    .append(',').append(treated).append('\n');
        }
    }

    private int[] donorsWhere(boolean invalidFlag) {
        int count = 0;
        for (boolean flag : invalid) {
            count += flag == invalidFlag ? 1 : 0;
        }
        int[] indices = new int[count];
        int next = 0;
        for (int i = 0; i < invalid.length; i++) {
            if (invalid[i] == invalidFlag) {
                indices[next++] = i;
            }
        }
        return indices;
    }

    private int checkDonor(int donor) {
        if (donor < 0 || donor >= donors.length) {
            throw new IndexOutOfBoundsException("Donor index " + donor + " is outside 0 to "
                    + (donors.length - 1) + ".");
        }
        return donor;
    }
}
