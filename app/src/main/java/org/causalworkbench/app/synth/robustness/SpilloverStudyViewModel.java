package org.causalworkbench.app.synth.robustness;

import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.causalworkbench.estimators.synth.simulate.DonorStrategy;
import org.causalworkbench.estimators.synth.simulate.SpilloverProcess;
import org.causalworkbench.estimators.synth.simulate.SpilloverProcess.NoiseLevel;
import org.causalworkbench.estimators.synth.simulate.SpilloverReplicateRunner;
import org.causalworkbench.estimators.synth.simulate.SpilloverStudyResult;

/**
 * Holds the teaching study's settings and runs the donor-spillover simulation of O'Riordan and
 * Gilligan-Lee (2025, J. Causal Inference 13, 20240036) in the background. Each replicate
 * panel has a known effect and some donors hit by a spillover. The study reports the bias of
 * the synthetic control under each donor strategy: all donors, the valid ones, and the screen
 * rules S1 and S2.
 *
 * <p>The defaults (40 donors, 40 replicates, 80 pre- and 20 post-periods) are smaller than the
 * article's, so a study takes seconds.
 */
public final class SpilloverStudyViewModel extends RobustnessModel {

    private final IntegerProperty donors = new SimpleIntegerProperty(this, "donors", 40);
    private final DoubleProperty invalidShare =
            new SimpleDoubleProperty(this, "invalidShare", 0.8);
    private final ObjectProperty<NoiseLevel> noise =
            new SimpleObjectProperty<>(this, "noise", NoiseLevel.LOW);
    private final IntegerProperty replicates =
            new SimpleIntegerProperty(this, "replicates", 40);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final IntegerProperty keepCount = new SimpleIntegerProperty(this, "keepCount", 0);
    private final DoubleProperty intervalLevel =
            new SimpleDoubleProperty(this, "intervalLevel", 0.95);
    private final ReadOnlyObjectWrapper<SpilloverStudyResult> result =
            new ReadOnlyObjectWrapper<>(this, "result");

    /**
     * Creates the view model.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs studies off the UI thread
     */
    public SpilloverStudyViewModel(Executor uiExecutor, Executor worker) {
        super(uiExecutor, worker);
        donors.addListener(obs -> markChanged());
        invalidShare.addListener(obs -> markChanged());
        noise.addListener(obs -> markChanged());
        replicates.addListener(obs -> markChanged());
        seed.addListener(obs -> markChanged());
        keepCount.addListener(obs -> markChanged());
        intervalLevel.addListener(obs -> markChanged());
    }

    private void markChanged() {
        if (result.get() != null) {
            job.markStale("Settings changed since this study: press Run study to update it.");
        }
    }

    /**
     * Builds the runner for the current settings.
     *
     * @throws IllegalArgumentException if a setting is out of range
     */
    SpilloverReplicateRunner runner() {
        return runner(donors.get(), invalidShare.get(), noise.get(), replicates.get(),
                seed.get(), keepCount.get(), intervalLevel.get());
    }

    /**
     * Builds the runner of a study, as Run does; project files re-run studies through it.
     *
     * @param donorCount the donors of each simulated panel
     * @param share the share of invalid (spillover) donors, from 0 to 1
     * @param noiseLevel the donors' noise
     * @param count the number of replicates
     * @param baseSeed the seed of the first replicate
     * @param keep rule S1's n
     * @param level rule S2's interval level
     * @return the runner
     * @throws IllegalArgumentException if a setting is out of range
     */
    public static SpilloverReplicateRunner runner(int donorCount, double share,
            NoiseLevel noiseLevel, int count, long baseSeed, int keep, double level) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("Invalid share of invalid donors " + share
                    + ": use a value from 0 to 1, for example 0.8.");
        }
        SpilloverProcess process = SpilloverProcess.withDefaults().withDonors(donorCount)
                .withInvalidShare(share).withDonorNoise(noiseLevel);
        return SpilloverReplicateRunner.of(process).withReplicates(count)
                .withBaseSeed(baseSeed)
                .withStrategies(TeachingStrategies.of(process, keep, level)
                        .toArray(DonorStrategy[]::new));
    }

    /** Starts a study with the current settings, unless one is running. */
    public void run() {
        SpilloverReplicateRunner runner;
        try {
            runner = runner();
        } catch (IllegalArgumentException invalid) {
            job.reject(invalid.getMessage());
            return;
        }
        job.start("spillover simulation", runner::run, result::set);
    }

    /** Returns the number of candidate donors per panel. */
    public IntegerProperty donorsProperty() {
        return donors;
    }

    /** Returns the share of donors the spillover reaches, from 0 to 1. */
    public DoubleProperty invalidShareProperty() {
        return invalidShare;
    }

    /** Returns the donor noise level. */
    public ObjectProperty<NoiseLevel> noiseProperty() {
        return noise;
    }

    /** Returns the number of replicate panels. */
    public IntegerProperty replicatesProperty() {
        return replicates;
    }

    /** Returns the base seed; the same seed and settings give the same study. */
    public IntegerProperty seedProperty() {
        return seed;
    }

    /** Returns n of screen rule S1, 0 for the number of valid donors. */
    public IntegerProperty keepCountProperty() {
        return keepCount;
    }

    /** Returns the predictive-interval level φ of screen rule S2. */
    public DoubleProperty intervalLevelProperty() {
        return intervalLevel;
    }

    /** Returns the last completed study, or {@code null}. */
    public ReadOnlyObjectProperty<SpilloverStudyResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
