package org.causalworkbench.app.cli;

import java.util.SplittableRandom;

/** Unit tables of households of three with a known additive effect, for the tace tests. */
final class HouseholdData {

    private HouseholdData() {
    }

    /**
     * Returns households of three whose outcome is additive: 1 for own treatment plus 2 times
     * the share of the other members treated, plus small noise. The TACE is 1.
     *
     * @param count the number of households
     * @param outcomeOverride text written as every outcome instead, or {@code null}
     * @return CSV text with the columns id, household, t and y
     */
    static String csv(int count, String outcomeOverride) {
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder csv = new StringBuilder("id,household,t,y\n");
        for (int h = 0; h < count; h++) {
            int[] t = new int[3];
            for (int k = 0; k < 3; k++) {
                t[k] = random.nextDouble() < 0.5 ? 1 : 0;
            }
            for (int k = 0; k < 3; k++) {
                double share = (t[0] + t[1] + t[2] - t[k]) / 2.0;
                double y = t[k] + 2 * share + 0.05 * (random.nextDouble() - 0.5);
                csv.append("u").append(h).append('_').append(k).append(",h").append(h)
                        .append(',').append(t[k]).append(',')
                        .append(outcomeOverride == null ? String.valueOf(y) : outcomeOverride)
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
