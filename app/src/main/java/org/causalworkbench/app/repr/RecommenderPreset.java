package org.causalworkbench.app.repr;

import java.util.List;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataConfig;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;

/** Sizes and penalty weights of the recommender panel that suit a lesson or a full run. */
public enum RecommenderPreset {
    /**
     * The estimator's default sizes (40,000 logged interactions, 8 epochs) with lambda in
     * {0, 0.03, 0.1, 0.3}. On seeds 1 to 3 lambda 0.1 lowered the non-causal probe R<sup>2</sup>
     * and raised the shifted-exposure AUC, and 0.3 shows the cost of a large weight. The sweep
     * took about 40 s on a loaded 2-core machine.
     */
    TEACHING("Teaching (40,000 logged, 4 \u03bb)", List.of(0.0, 0.03, 0.1, 0.3)) {
        @Override
        public RecommenderDataConfig data(long seed) {
            return RecommenderDataConfig.withDefaults(seed);
        }

        @Override
        public RecommenderTrainingConfig training(long seed) {
            return RecommenderTrainingConfig.withDefaults(seed);
        }
    },
    /**
     * 500 training users with 10,000 logged interactions, 200 test users, 600 probe items and
     * 4 epochs: a few seconds per lambda, to try the panel. NOTE: at this size the penalty
     * did not lower the non-causal probe R<sup>2</sup> on seed 1, so it does not teach the
     * effect.
     */
    QUICK("Quick look (10,000 logged; too small to show the effect)", List.of(0.0, 0.1)) {
        @Override
        public RecommenderDataConfig data(long seed) {
            return RecommenderDataConfig.withDefaults(seed).withTrainUsers(500)
                    .withLoggedInteractions(10_000).withTestUsers(200).withProbeItems(600);
        }

        @Override
        public RecommenderTrainingConfig training(long seed) {
            return RecommenderTrainingConfig.withDefaults(seed).withEpochs(4);
        }
    },
    /** The estimator's defaults: 40,000 logged interactions, 8 epochs, six lambdas. */
    FULL("Full sweep (40,000 logged, 6 \u03bb)", List.of(0.0, 0.01, 0.03, 0.1, 0.3, 1.0)) {
        @Override
        public RecommenderDataConfig data(long seed) {
            return RecommenderDataConfig.withDefaults(seed);
        }

        @Override
        public RecommenderTrainingConfig training(long seed) {
            return RecommenderTrainingConfig.withDefaults(seed);
        }
    };

    private final String label;
    private final List<Double> lambdas;

    RecommenderPreset(String label, List<Double> lambdas) {
        this.label = label;
        this.lambdas = lambdas;
    }

    /** Returns the world and data sizes of the preset with {@code seed}. */
    public abstract RecommenderDataConfig data(long seed);

    /** Returns the training settings of the preset with {@code seed}; lambda is replaced. */
    public abstract RecommenderTrainingConfig training(long seed);

    /** Returns the penalty weights of the preset's sweep. */
    public List<Double> lambdas() {
        return lambdas;
    }

    @Override
    public String toString() {
        return label;
    }
}
