package org.causalworkbench.app.interference.teaching;

import java.util.List;

/**
 * A fixed teaching data set, or two data sets side by side, with the estimates computed from
 * them and an explanation that does not give away the truth.
 *
 * @param preset the preset that built the example
 * @param dataSets one or two unit tables
 * @param estimates the estimates, in display order
 * @param explanation what the example shows, in a few sentences
 * @param warning why an estimate cannot be trusted or was not given, such as the
 *     non-identifiability message or the estimator's rejection. Empty when there is none.
 */
public record TeachingExample(
        TeachingPreset preset,
        List<ExampleDataSet> dataSets,
        List<EstimateLine> estimates,
        String explanation,
        String warning) {

    /** Copies the lists. */
    public TeachingExample {
        dataSets = List.copyOf(dataSets);
        estimates = List.copyOf(estimates);
    }

    /** Returns the estimate line of {@code estimator}. */
    public EstimateLine estimate(String estimator) {
        return estimates.stream().filter(line -> line.estimator().equals(estimator)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The example has no estimate"
                        + " named \"" + estimator + "\"; it has " + estimates.stream()
                                .map(EstimateLine::estimator).toList() + "."));
    }
}
