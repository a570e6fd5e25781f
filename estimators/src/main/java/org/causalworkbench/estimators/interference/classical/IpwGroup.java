package org.causalworkbench.estimators.interference.classical;

/**
 * The sufficient statistics of one group for the allocation-weighted estimators. Under a
 * Bernoulli allocation the weight {@code pi(A_{i,-j}; alpha)} is the same for every member in
 * the same arm, so the arm sums of the outcome are all the estimators need.
 *
 * @param label the group label
 * @param size number of members n_i, at least 2
 * @param treated number of treated members t_i
 * @param logPropensity {@code log f(A_i | L_i) = sum_j log(h_ij^A_ij (1 - h_ij)^(1 - A_ij))}
 * @param untreatedSum sum of the untreated members' outcomes, 0 when there are none
 * @param treatedSum sum of the treated members' outcomes, 0 when there are none
 */
record IpwGroup(
        Object label,
        int size,
        int treated,
        double logPropensity,
        double untreatedSum,
        double treatedSum) {

    /**
     * Returns {@code pi(t treated, m untreated; alpha) / f(A_i | L_i)}, computed in log space
     * because the group propensities of large groups underflow.
     */
    private double weight(int treatedCount, int untreatedCount, double logAlpha,
            double logOneMinusAlpha) {
        return Math.exp(treatedCount * logAlpha + untreatedCount * logOneMinusAlpha
                - logPropensity);
    }

    /** Returns {@code pi(A_i; alpha) / f(A_i | L_i)}, the group's weight under alpha. */
    double groupWeight(double logAlpha, double logOneMinusAlpha) {
        return weight(treated, size - treated, logAlpha, logOneMinusAlpha);
    }

    /**
     * Returns {@code Y_i(a; alpha) = sum_j 1{A_ij = a} Y_ij pi(A_{i,-j}; alpha)
     * / (n_i f(A_i | L_i))}, which is 0 when no member is in arm a.
     */
    double armEstimate(int arm, double logAlpha, double logOneMinusAlpha) {
        if (arm == 1) {
            return treated == 0 ? 0
                    : treatedSum * weight(treated - 1, size - treated, logAlpha,
                            logOneMinusAlpha) / size;
        }
        return treated == size ? 0
                : untreatedSum * weight(treated, size - treated - 1, logAlpha,
                        logOneMinusAlpha) / size;
    }

    /** Returns {@code Y_i(alpha) = sum_j Y_ij pi(A_i; alpha) / (n_i f(A_i | L_i))}. */
    double marginalEstimate(double logAlpha, double logOneMinusAlpha) {
        return (untreatedSum + treatedSum) * groupWeight(logAlpha, logOneMinusAlpha) / size;
    }
}
