package org.causalworkbench.estimators.synth.spillover;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of one donor screen.
 *
 * @param anchor the anchor mode used
 * @param level the predictive interval's level φ
 * @param window the time-averaging window, 1 for none
 * @param penalty the ridge penalty λ used, chosen by cross-validation when
 *     {@code crossValidation} is present; NaN for {@link AnchorMode#LEAVE_ONE_OUT}
 * @param crossValidation the penalty grid and its leave-last-out errors, if the penalty was
 *     chosen that way
 * @param dualForm whether the ridge used the Gram-matrix (dual) form
 * @param fittingRows the lag-1 transitions the ridge was fitted on
 * @param scores one score per donor, in pool order
 * @param keptByTopN the donors rule S1 keeps, in pool order
 * @param keptByInterval the donors rule S2 keeps, in pool order
 * @param trustedDonors the trusted donors of {@link AnchorMode#ANCHORED}, empty otherwise
 * @param notes messages for the user, such as periods left out by time-averaging
 */
public record DonorScreenResult(AnchorMode anchor, double level, int window, double penalty,
        Optional<CrossValidation> crossValidation, boolean dualForm, int fittingRows,
        List<DonorScore> scores, List<String> keptByTopN, List<String> keptByInterval,
        List<String> trustedDonors, List<String> notes) {

    /**
     * Leave-last-out cross-validation of the ridge penalty: each penalty is fitted without the
     * last pre-period transition, which it then forecasts for every donor.
     *
     * @param penalties the candidate penalties
     * @param meanSquaredErrors the mean squared standardised forecast error of each candidate
     */
    public record CrossValidation(double[] penalties, double[] meanSquaredErrors) {

        /** Copies the arrays. */
        public CrossValidation {
            penalties = penalties.clone();
            meanSquaredErrors = meanSquaredErrors.clone();
        }

        @Override
        public double[] penalties() {
            return penalties.clone();
        }

        @Override
        public double[] meanSquaredErrors() {
            return meanSquaredErrors.clone();
        }
    }

    /** Copies the lists. */
    public DonorScreenResult {
        scores = List.copyOf(scores);
        keptByTopN = List.copyOf(keptByTopN);
        keptByInterval = List.copyOf(keptByInterval);
        trustedDonors = List.copyOf(trustedDonors);
        notes = List.copyOf(notes);
    }

    /** Returns the score of one donor, or empty for a unit outside the pool. */
    public Optional<DonorScore> scoreOf(String donor) {
        return scores.stream().filter(s -> s.donor().equals(donor)).findFirst();
    }
}
