package org.causalworkbench.benchmarks;

import java.util.concurrent.TimeUnit;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.grasp.GraspConfiguration;
import org.causalworkbench.estimators.repr.grasp.GraspExperiment;
import org.causalworkbench.estimators.repr.grasp.GraspResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times the default latent-persona GRASP experiment end to end: pretraining on 12,000 prompts,
 * four LoRA fine-tunes (naive, GRASP, ablation during training, preventative steering), the SVD
 * identification, the scoring and the steering curve's seven extra fine-tunes, which is what
 * {@code causal-workbench grasp} runs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class GraspBenchmark {

    /** Runs the default experiment once. */
    @Benchmark
    public GraspResult defaultRun() {
        return GraspExperiment.run(GraspConfiguration.withDefaults(), ProgressSink.NONE,
                CancellationToken.NEVER);
    }
}
