package org.causalworkbench.estimators.synth.spillover;

import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.ejml.data.DMatrixRMaj;

/**
 * Lag-1 forecasts of every donor's first post-intervention bucket, optionally re-centred on
 * trusted donors.
 */
final class LagAnchor {

    /**
     * Forecasts with the ridge settings used.
     *
     * @param forecasts the per-donor predictions
     * @param penalty λ used
     * @param crossValidation the penalty search, if any
     * @param dualForm whether the dual form was used
     * @param fittingRows the transitions fitted
     */
    record Outcome(Forecasts forecasts, double penalty,
            Optional<DonorScreenResult.CrossValidation> crossValidation, boolean dualForm,
            int fittingRows) {
    }

    private LagAnchor() {
    }

    static Outcome run(ScreenSeries series, DonorScreen settings, int[] trusted,
            ProgressSink progress, CancellationToken cancellation) {
        double[][] values = series.values();
        int fitted = series.preBuckets() - 1;
        int donors = values[0].length;
        boolean dual = settings.ridgeForm().usesDual(donors, fitted);

        double penalty = settings.penalty();
        Optional<DonorScreenResult.CrossValidation> crossValidation = Optional.empty();
        if (settings.penaltyGrid().isPresent()) {
            DonorScreenResult.CrossValidation search = crossValidate(values, fitted,
                    settings.penaltyGrid().get(), settings, dual, progress, cancellation);
            crossValidation = Optional.of(search);
            penalty = bestPenalty(search);
        }

        RidgeForecast.Prediction prediction = RidgeForecast.predict(rows(values, 0, fitted),
                rows(values, 1, fitted), values[fitted], penalty, settings.priorShape(),
                settings.priorScale(), dual);
        double[] observed = values[series.preBuckets()];
        Forecasts forecasts = trusted.length == 0
                ? toForecasts(prediction, observed, settings.level())
                : anchored(prediction, observed, trusted, settings.level());
        return new Outcome(forecasts, penalty, crossValidation, dual, fitted);
    }

    private static Forecasts toForecasts(RidgeForecast.Prediction prediction, double[] observed,
            double level) {
        double[] scale = new double[observed.length];
        for (int j = 0; j < scale.length; j++) {
            scale[j] = Math.sqrt(prediction.squaredScale()[j]);
        }
        return build(prediction.location(), observed, scale, prediction.degreesOfFreedom(),
                level);
    }

    /**
     * Shifts every forecast by the trusted donors' mean error. The scale adds the variance of
     * that mean as if the forecast errors were independent, which overstates it when they share
     * the shock the shift removes, so anchored intervals err on the wide side.
     */
    private static Forecasts anchored(RidgeForecast.Prediction prediction, double[] observed,
            int[] trusted, double level) {
        double[] location = prediction.location();
        double meanError = 0;
        double anchorVariance = 0;
        for (int k : trusted) {
            meanError += (observed[k] - location[k]) / trusted.length;
            anchorVariance += prediction.squaredScale()[k] / ((double) trusted.length
                    * trusted.length);
        }
        double[] shifted = new double[observed.length];
        double[] scale = new double[observed.length];
        for (int j = 0; j < observed.length; j++) {
            shifted[j] = location[j] + meanError;
            scale[j] = Math.sqrt(prediction.squaredScale()[j] + anchorVariance);
        }
        return build(shifted, observed, scale, prediction.degreesOfFreedom(), level);
    }

    private static Forecasts build(double[] forecast, double[] observed, double[] scale,
            double degreesOfFreedom, double level) {
        double quantile = new TDistribution(null, degreesOfFreedom)
                .inverseCumulativeProbability((1 + level) / 2);
        // The standard deviation of a Student-t is its scale times sqrt(ν/(ν−2)), for ν > 2.
        double sdFactor = degreesOfFreedom > 2
                ? Math.sqrt(degreesOfFreedom / (degreesOfFreedom - 2))
                : Double.POSITIVE_INFINITY;
        int count = observed.length;
        double[] sd = new double[count];
        double[] halfWidth = new double[count];
        double[] score = new double[count];
        for (int j = 0; j < count; j++) {
            sd[j] = scale[j] * sdFactor;
            halfWidth[j] = quantile * scale[j];
            score[j] = Math.abs(observed[j] - forecast[j]);
        }
        return new Forecasts(forecast.clone(), observed.clone(), sd, halfWidth, score);
    }

    private static DonorScreenResult.CrossValidation crossValidate(double[][] values, int fitted,
            double[] grid, DonorScreen settings, boolean dual, ProgressSink progress,
            CancellationToken cancellation) {
        int donors = values[0].length;
        DMatrixRMaj design = rows(values, 0, fitted - 1);
        DMatrixRMaj response = rows(values, 1, fitted - 1);
        double[] heldOut = values[fitted - 1];
        double[] target = values[fitted];
        double[] errors = new double[grid.length];
        progress.message("Cross-validating the ridge penalty over " + grid.length
                + " values");
        for (int g = 0; g < grid.length; g++) {
            cancellation.throwIfCancellationRequested();
            RidgeForecast.Prediction prediction = RidgeForecast.predict(design, response,
                    heldOut, grid[g], settings.priorShape(), settings.priorScale(), dual);
            double sum = 0;
            for (int j = 0; j < donors; j++) {
                double error = target[j] - prediction.location()[j];
                sum += error * error;
            }
            errors[g] = sum / donors;
            progress.progress(g + 1, grid.length);
        }
        return new DonorScreenResult.CrossValidation(grid, errors);
    }

    /** Returns the penalty with the smallest error, the largest one on a tie. */
    private static double bestPenalty(DonorScreenResult.CrossValidation search) {
        double[] penalties = search.penalties();
        double[] errors = search.meanSquaredErrors();
        int best = 0;
        for (int g = 1; g < penalties.length; g++) {
            boolean better = errors[g] < errors[best]
                    || (errors[g] == errors[best] && penalties[g] > penalties[best]);
            if (better) {
                best = g;
            }
        }
        return penalties[best];
    }

    /** Copies {@code count} rows starting at {@code from} into a matrix. */
    private static DMatrixRMaj rows(double[][] values, int from, int count) {
        DMatrixRMaj matrix = new DMatrixRMaj(count, values[0].length);
        for (int t = 0; t < count; t++) {
            for (int j = 0; j < values[0].length; j++) {
                matrix.set(t, j, values[from + t][j]);
            }
        }
        return matrix;
    }
}
