package org.causalworkbench.estimators.obsexp.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.causalworkbench.estimators.obsexp.IntervalMetrics;

/**
 * Result of a {@link ReplicateRunner} study: one row per replicate and model, and per model the
 * mean and standard deviation of each metric across replicates.
 *
 * @param design the name of the design
 * @param baseSeed the seed from which every replicate's seed was derived
 * @param replicates the number of replicates
 * @param rows the rows, ordered by replicate index and then by model type
 * @param summaries the summary of each model that was run, in model-type order
 */
public record ReplicateResult(String design, long baseSeed, int replicates, List<Row> rows,
        Map<GapModelType, ModelSummary> summaries) {

    /** Copies the rows and the summaries. */
    public ReplicateResult {
        rows = List.copyOf(rows);
        summaries = Collections.unmodifiableMap(new EnumMap<>(summaries));
    }

    /**
     * Summarises rows per model.
     *
     * @param design the name of the design
     * @param baseSeed the base seed
     * @param replicates the number of replicates
     * @param models the models that were run
     * @param rows every row, in replicate and model order
     * @return the result
     */
    static ReplicateResult summarise(String design, long baseSeed, int replicates,
            Set<GapModelType> models, List<Row> rows) {
        Map<GapModelType, ModelSummary> summaries = new EnumMap<>(GapModelType.class);
        for (GapModelType type : models) {
            List<Row> modelRows = new ArrayList<>(replicates);
            for (Row row : rows) {
                if (row.model() == type) {
                    modelRows.add(row);
                }
            }
            summaries.put(type, new ModelSummary(type, modelRows.size(),
                    MetricSummary.of(modelRows, true), MetricSummary.of(modelRows, false)));
        }
        return new ReplicateResult(design, baseSeed, replicates, rows, summaries);
    }

    /**
     * Returns the summary of one model.
     *
     * @throws IllegalArgumentException if the model was not part of the study
     */
    public ModelSummary summary(GapModelType model) {
        ModelSummary summary = summaries.get(model);
        if (summary == null) {
            throw new IllegalArgumentException("model " + model + " was not run. The study ran "
                    + summaries.keySet());
        }
        return summary;
    }

    /**
     * Metrics of one model on one replicate.
     *
     * @param replicate the replicate index, from 0
     * @param seed the seed of the replicate's data and of the model's restarts. Generating the
     *     design with it and fitting again gives the same row.
     * @param model the model
     * @param inSupport the metrics at the design's evaluation points inside the trial's support
     * @param outOfSupport the metrics at the evaluation points outside the support
     * @param warnings the warnings of the model's fit, such as a collapsed lengthscale
     */
    public record Row(int replicate, long seed, GapModelType model, IntervalMetrics inSupport,
            IntervalMetrics outOfSupport, List<String> warnings) {

        /** Copies the warnings. */
        public Row {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Metrics of one model across replicates.
     *
     * @param model the model
     * @param replicates the number of replicates summarised
     * @param inSupport the summary at the evaluation points inside the support
     * @param outOfSupport the summary at the evaluation points outside the support
     */
    public record ModelSummary(GapModelType model, int replicates, MetricSummary inSupport,
            MetricSummary outOfSupport) {
    }

    /**
     * Coverage, interval width and mean squared error of the gap across replicates, as defined
     * by {@link IntervalMetrics}.
     *
     * @param coverage the share of points whose interval strictly contains the true gap
     * @param width the mean interval width
     * @param meanSquaredError the mean squared error of the posterior mean
     */
    public record MetricSummary(MeanAndSd coverage, MeanAndSd width, MeanAndSd meanSquaredError) {

        /** Summarises the in-support or the out-of-support metrics of at least one row. */
        static MetricSummary of(List<Row> rows, boolean inSupport) {
            int r = rows.size();
            double[] coverage = new double[r];
            double[] width = new double[r];
            double[] error = new double[r];
            for (int i = 0; i < r; i++) {
                IntervalMetrics metrics = inSupport ? rows.get(i).inSupport()
                        : rows.get(i).outOfSupport();
                coverage[i] = metrics.coverage();
                width[i] = metrics.width();
                error[i] = metrics.meanSquaredError();
            }
            return new MetricSummary(MeanAndSd.of(coverage), MeanAndSd.of(width),
                    MeanAndSd.of(error));
        }
    }

    /**
     * Mean and sample standard deviation (denominator r - 1) of one metric over r replicates.
     *
     * @param mean the mean
     * @param sd the standard deviation, NaN for a single replicate
     */
    public record MeanAndSd(double mean, double sd) {

        /** Computes the mean and the sample standard deviation of at least one value. */
        static MeanAndSd of(double[] values) {
            double sum = 0;
            for (double value : values) {
                sum += value;
            }
            double mean = sum / values.length;
            if (values.length < 2) {
                return new MeanAndSd(mean, Double.NaN);
            }
            double squares = 0;
            for (double value : values) {
                squares += (value - mean) * (value - mean);
            }
            return new MeanAndSd(mean, Math.sqrt(squares / (values.length - 1)));
        }
    }
}
