package org.causalworkbench.benchmarks;

import java.util.concurrent.TimeUnit;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.StructuredTreatmentLab;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times the default structured-treatment lab end to end: drawing 4,000 units and 1,000 test
 * contrasts, mining matched and unmatched triplets, training both contrastive encoders and the
 * autoencoder, and fitting and scoring five outcome models, which is what
 * {@code causal-workbench contrastive} runs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class StructuredTreatmentBenchmark {

    /** Runs the default lab once on seed 1. */
    @Benchmark
    public LabResult defaultRun() {
        return StructuredTreatmentLab.withDefaults().run(1, ProgressSink.NONE,
                CancellationToken.NEVER);
    }
}
