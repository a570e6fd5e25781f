package org.causalworkbench.estimators.synth.spillover;

/**
 * Per-donor predictions of one anchor mode, before ranking and the keep rules.
 *
 * @param forecast predicted untreated value per donor
 * @param observed observed value per donor
 * @param predictiveSd predictive standard deviation per donor
 * @param halfWidth half the predictive interval's width per donor
 * @param score anomaly score per donor, larger meaning more suspect
 */
record Forecasts(double[] forecast, double[] observed, double[] predictiveSd,
        double[] halfWidth, double[] score) {
}
