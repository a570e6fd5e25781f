package org.causalworkbench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.synth.PlaceboInference;
import org.causalworkbench.estimators.synth.PlaceboResult;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times the synthetic-control fit and the fit plus full in-space placebo study on California's
 * Proposition 99 panel (39 states, 19 pre-periods, 38 donors).
 *
 * <p>The panel is read from {@code ../shared/datasets/smoking_data.csv}, or from the path in the
 * system property {@code causalworkbench.datasets}; it is never bundled.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class SyntheticControlBenchmark {

    private SyntheticControlSetup setup;

    /** Reads the panel once per trial. */
    @Setup
    public void readPanel() {
        String folder = System.getProperty("causalworkbench.datasets", "../shared/datasets");
        Path file = Path.of(folder, "smoking_data.csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the benchmark needs " + file.toAbsolutePath()
                    + "; run it from the project root beside ../shared/datasets, or pass"
                    + " -Dcausalworkbench.datasets=FOLDER");
        }
        Panel panel = PanelReader.read(file, new PanelSpec("state", "year", "cigsale", null));
        setup = SyntheticControlSetup.of(panel, "California", 1989, List.of());
    }

    /** Times one outcome-only fit. */
    @Benchmark
    public SyntheticControlResult fit() {
        return SyntheticControl.withDefaults().fit(setup);
    }

    /** Times the fit and all 38 placebo fits, as the Run button does. */
    @Benchmark
    public PlaceboResult fitAndPlacebo() {
        return PlaceboInference.withDefaults().run(setup, ProgressSink.NONE,
                CancellationToken.NEVER);
    }
}
