package org.causalworkbench.estimators.interference;

/**
 * Overlap summary of one propensity cell: units sharing one value of the adjustment set.
 *
 * @param key the cell's value, for example the covariate value or a list (X, I)
 * @param treated number of treated units n1
 * @param untreated number of untreated units n0
 * @param treatedMean mean outcome of the treated units, {@code NaN} when n1 = 0
 * @param untreatedMean mean outcome of the untreated units, {@code NaN} when n0 = 0
 * @param propensity the cell frequency n1 / (n1 + n0)
 * @param kept whether the propensity lies within the trimming bounds and strictly between 0
 *     and 1, so the cell's units enter the estimate
 */
public record CellOverlap(
        Object key,
        int treated,
        int untreated,
        double treatedMean,
        double untreatedMean,
        double propensity,
        boolean kept) {

    /** Returns a description such as "cell 2/3: 3 treated, 2 untreated". */
    String describe() {
        return "cell " + key + ": " + count(treated, "treated") + ", "
                + count(untreated, "untreated");
    }

    private static String count(int number, String arm) {
        return number == 0 ? "no " + arm + " unit" : number + " " + arm;
    }
}
