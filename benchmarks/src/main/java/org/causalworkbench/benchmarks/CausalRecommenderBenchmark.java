package org.causalworkbench.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.recommender.LambdaSweep;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataConfig;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataset;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderGenerator;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;
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
 * Times one default run of the causal-representation recommender: 8 epochs over 40,000
 * logged interactions at lambda 0.1, then every metric on the three test sets. The data set is
 * drawn once in the set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class CausalRecommenderBenchmark {

    private RecommenderDataset data;

    /** Draws the default world for seed 1. */
    @Setup
    public void generate() {
        data = RecommenderGenerator.generate(RecommenderDataConfig.withDefaults(1));
    }

    /** Trains and scores one model. */
    @Benchmark
    public RecommenderEvaluation trainAndEvaluate() {
        return LambdaSweep.run(data, RecommenderTrainingConfig.withDefaults(1), List.of(0.1),
                ProgressSink.NONE, CancellationToken.NEVER).get(0);
    }
}
