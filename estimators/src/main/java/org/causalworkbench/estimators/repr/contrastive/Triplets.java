package org.causalworkbench.estimators.repr.contrastive;

/**
 * Mined triplets as row indices into a {@link TreatmentSample}, with diagnostics.
 *
 * @param anchors anchor rows
 * @param positives positive rows: |Y<sub>a</sub> - Y<sub>p</sub>| below the lower threshold
 * @param negatives negative rows: |Y<sub>a</sub> - Y<sub>n</sub>| above the upper threshold
 * @param lowerThreshold epsilon<sub>2</sub> for positives, in outcome units
 * @param upperThreshold the threshold for negatives, in outcome units
 * @param usableAnchors the number of units with at least one positive and one negative
 * @param meanPositiveDistance mean distance in m(X) between anchor and positive
 * @param meanNegativeDistance mean distance in m(X) between anchor and negative
 */
public record Triplets(int[] anchors, int[] positives, int[] negatives, double lowerThreshold,
        double upperThreshold, int usableAnchors, double meanPositiveDistance,
        double meanNegativeDistance) {

    /** Copies the arrays. */
    public Triplets {
        anchors = anchors.clone();
        positives = positives.clone();
        negatives = negatives.clone();
    }

    /** Returns a copy of the anchor rows. */
    @Override
    public int[] anchors() {
        return anchors.clone();
    }

    /** Returns a copy of the positive rows. */
    @Override
    public int[] positives() {
        return positives.clone();
    }

    /** Returns a copy of the negative rows. */
    @Override
    public int[] negatives() {
        return negatives.clone();
    }

    /** Returns the number of triplets. */
    public int size() {
        return anchors.length;
    }
}
