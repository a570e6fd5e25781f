package org.causalworkbench.estimators.synth.simulate;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Simulates a synthetic-control panel whose donors are partly contaminated by a spillover of the
 * intervention, with the local-linear-trend process of O'Riordan and Gilligan-Lee (2025,
 * J. Causal Inference 13, 20240036, App. B) as restated by the mlsynth package
 * ({@code spotsynth_helpers/simulation.py}).
 *
 * <p>With M latents, N donors, T0 pre-periods and P post-periods ({@code t = 1 ... T0 + P},
 * intervention indicator {@code I_t = 1{t > T0}}); every {@code N(m, s)} has standard
 * deviation s:
 * <pre>
 *   S_j ~ N(0.1, 0.1)        rho_j ~ U(0, 1)        u_j1 ~ N(0, 1)        delta_j1 = S_j
 *   delta_j,t+1 ~ N(S_j + rho_j (delta_jt - S_j), sigma_delta)
 *   u_j,t+1     ~ N(u_jt + delta_jt, sigma_u)
 *   y_t  ~ N(sum_j u_jt + tau I_t, sigma_y)                      (the target)
 *   x_it ~ N(sum_j u_jt + gamma_i r_t I_t, sigma_x)               (donor i)
 * </pre>
 * with {@code gamma_i = gamma} for the invalid donors and 0 for the valid ones. Exactly
 * {@code round(share N)} donors are invalid (halves round up), chosen uniformly at random.
 *
 * <ul>
 *   <li>Defaults: M = 10, tau = 2, gamma = -2, share 0.8, sigma_x = 0.1, 120 donors, T0 = 80,
 *       P = 20. O'Riordan and Gilligan-Lee study sigma_x in {0.1, 0.5, 1.0}
 *       ({@link NoiseLevel}).</li>
 *   <li>sigma_u = 1, sigma_delta = 0.1, sigma_y = 0.1, the starting values u_j1 ~ N(0, 1) and
 *       delta_j1 = S_j, the donor and period counts and {@link #paperPreset()} are mlsynth's
 *       choices. They have not been checked against the published article.</li>
 *   <li>Extension, spillover ramp: {@code r_t = min(1, (t - T0) / R)} over R post-periods, so
 *       the spillover reaches gamma in period T0 + R. R = 1 (the default) is the article's sharp
 *       onset.</li>
 *   <li>Extension, latent shift: every latent's innovation into period T0 + 1 has mean
 *       {@code shift / M} instead of 0, so the common signal {@code sum_j u_jt} steps up by
 *       {@code shift} from then on. Because every unit loads on the signal with weight one, a
 *       synthetic control with weights summing to one cancels the step, but a screen that
 *       forecasts donors from the pre-period detects it in every donor.</li>
 * </ul>
 *
 * <p>Each part of a panel draws from its own random stream (latents, target noise, choice of
 * invalid donors, donor noise), a {@link Well19937c} seeded with the seed's two 32-bit halves
 * and the stream index. So the data depend only on the seed and Commons Math 3.6.1, and a
 * change of gamma, the ramp or the shift leaves every random draw unchanged.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class SpilloverProcess {

    /** Donor noise presets of the simulation study of O'Riordan and Gilligan-Lee (2025). */
    public enum NoiseLevel {
        /** sigma_x = 0.1. */
        LOW(0.1),
        /** sigma_x = 0.5. */
        MEDIUM(0.5),
        /** sigma_x = 1.0. */
        HIGH(1.0);

        private final double standardDeviation;

        NoiseLevel(double standardDeviation) {
            this.standardDeviation = standardDeviation;
        }

        /** Returns sigma_x. */
        public double standardDeviation() {
            return standardDeviation;
        }
    }

    private static final SpilloverProcess DEFAULTS = new SpilloverProcess(
            new Settings(10, 120, 80, 20, 2, -2, 0.8, 0.1, 1, 0.1, 0.1, 1, 0));

    private final Settings settings;

    private SpilloverProcess(Settings settings) {
        this.settings = settings;
    }

    /** Returns the process with the defaults listed in the class description. */
    public static SpilloverProcess withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns mlsynth's "paper" configuration: 1000 donors, T0 = 100 and 30 post-periods, the
     * other settings at their defaults. It is not confirmed against the published article.
     */
    public static SpilloverProcess paperPreset() {
        return DEFAULTS.withDonors(1000).withPrePeriods(100).withPostPeriods(30);
    }

    /** Returns a copy with {@code count} latents M, at least 1. */
    public SpilloverProcess withLatents(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid number of latents " + count
                    + ": use 1 or more, for example 10.");
        }
        return new SpilloverProcess(settings.withLatents(count));
    }

    /** Returns a copy with {@code count} candidate donors N, at least 1. */
    public SpilloverProcess withDonors(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid number of donors " + count
                    + ": use 1 or more, for example 40.");
        }
        return new SpilloverProcess(settings.withDonors(count));
    }

    /**
     * Returns a copy with {@code count} pre-intervention periods T0, at least 3, so that a
     * forecast screen has two lag-one transitions to fit.
     */
    public SpilloverProcess withPrePeriods(int count) {
        if (count < 3) {
            throw new IllegalArgumentException("Invalid number of pre-intervention periods "
                    + count + ": use 3 or more, for example 30.");
        }
        return new SpilloverProcess(settings.withPrePeriods(count));
    }

    /** Returns a copy with {@code count} post-intervention periods P, at least 1. */
    public SpilloverProcess withPostPeriods(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid number of post-intervention periods "
                    + count + ": use 1 or more, for example 10.");
        }
        return new SpilloverProcess(settings.withPostPeriods(count));
    }

    /** Returns a copy with another finite effect tau on the target. */
    public SpilloverProcess withEffect(double tau) {
        return new SpilloverProcess(settings.withEffect(finite("effect tau", tau, "2")));
    }

    /** Returns a copy with another finite spillover gamma on the invalid donors. */
    public SpilloverProcess withSpillover(double gamma) {
        return new SpilloverProcess(settings.withSpillover(finite("spillover gamma", gamma,
                "-2")));
    }

    /** Returns a copy in which the share {@code share}, in [0, 1], of the donors is invalid. */
    public SpilloverProcess withInvalidShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("Invalid share of invalid donors " + share
                    + ": use a fraction in [0, 1], for example 0.8.");
        }
        return new SpilloverProcess(settings.withInvalidShare(share));
    }

    /** Returns a copy with another donor noise SD sigma_x, finite and non-negative. */
    public SpilloverProcess withDonorNoise(double sd) {
        return new SpilloverProcess(settings.withDonorNoise(standardDeviation(
                "donor noise sigma_x", sd, "0.1, 0.5 or 1.0")));
    }

    /** Returns a copy with the donor noise SD of a preset. */
    public SpilloverProcess withDonorNoise(NoiseLevel level) {
        return withDonorNoise(level.standardDeviation());
    }

    /** Returns a copy with another latent level noise SD sigma_u, finite and non-negative. */
    public SpilloverProcess withLatentNoise(double sd) {
        return new SpilloverProcess(settings.withLatentNoise(standardDeviation(
                "latent noise sigma_u", sd, "1")));
    }

    /** Returns a copy with another latent slope noise SD sigma_delta, finite and non-negative. */
    public SpilloverProcess withSlopeNoise(double sd) {
        return new SpilloverProcess(settings.withSlopeNoise(standardDeviation(
                "slope noise sigma_delta", sd, "0.1")));
    }

    /** Returns a copy with another target noise SD sigma_y, finite and non-negative. */
    public SpilloverProcess withTargetNoise(double sd) {
        return new SpilloverProcess(settings.withTargetNoise(standardDeviation(
                "target noise sigma_y", sd, "0.1")));
    }

    /**
     * Returns a copy whose spillover grows linearly to gamma over {@code periods} post-periods;
     * 1 is a sharp onset.
     */
    public SpilloverProcess withSpilloverRamp(int periods) {
        if (periods < 1) {
            throw new IllegalArgumentException("Invalid spillover ramp " + periods
                    + " periods: use 1 for a sharp onset or more for a gradual one.");
        }
        return new SpilloverProcess(settings.withRamp(periods));
    }

    /**
     * Returns a copy whose common signal steps by {@code shift}, in outcome units, at the first
     * post-period; 0 for none.
     */
    public SpilloverProcess withLatentShift(double shift) {
        return new SpilloverProcess(settings.withLatentShift(finite("latent shift", shift,
                "0")));
    }

    /** Returns the settings. */
    public Settings settings() {
        return settings;
    }

    /** Returns the number of invalid donors, {@code round(share N)}. */
    public int invalidDonorCount() {
        return (int) Math.round(settings.invalidShare() * settings.donors());
    }

    /** Returns the number of valid donors. */
    public int validDonorCount() {
        return settings.donors() - invalidDonorCount();
    }

    /**
     * Draws one panel.
     *
     * @param seed the seed; the same seed and settings give the same panel
     * @return the panel with its truth
     */
    public SpilloverPanel generate(long seed) {
        Settings s = settings;
        int pre = s.prePeriods();
        int periods = pre + s.postPeriods();
        double[] signal = latentSignal(stream(seed, 0), periods);

        RandomGenerator targetRandom = stream(seed, 1);
        double[] target = new double[periods];
        for (int t = 0; t < periods; t++) {
            double effect = t >= pre ? s.effect() : 0;
            target[t] = signal[t] + effect + s.targetNoise() * targetRandom.nextGaussian();
        }

        boolean[] invalid = chooseInvalid(stream(seed, 2), s.donors(), invalidDonorCount());
        double[] ramp = new double[periods];
        for (int t = pre; t < periods; t++) {
            ramp[t] = Math.min(1.0, (t - pre + 1) / (double) s.ramp());
        }
        RandomGenerator donorRandom = stream(seed, 3);
        double[][] donors = new double[s.donors()][periods];
        for (int i = 0; i < s.donors(); i++) {
            double spillover = invalid[i] ? s.spillover() : 0;
            for (int t = 0; t < periods; t++) {
                donors[i][t] = signal[t] + spillover * ramp[t]
                        + s.donorNoise() * donorRandom.nextGaussian();
            }
        }
        return new SpilloverPanel(target, donors, pre, invalid, s.effect(), s.spillover(), seed);
    }

    /** Draws the latents and returns their sum at each period. */
    private double[] latentSignal(RandomGenerator random, int periods) {
        Settings s = settings;
        int m = s.latents();
        double[] slopeMean = new double[m];
        double[] persistence = new double[m];
        double[] level = new double[m];
        double[] slope = new double[m];
        for (int j = 0; j < m; j++) {
            slopeMean[j] = 0.1 + 0.1 * random.nextGaussian();
            persistence[j] = random.nextDouble();
            level[j] = random.nextGaussian();
            slope[j] = slopeMean[j];
        }
        double[] signal = new double[periods];
        signal[0] = sum(level);
        double shiftPerLatent = s.latentShift() / m;
        for (int t = 1; t < periods; t++) {
            // The shift enters the innovation into the first post-period, index T0 from 0.
            double shift = t == s.prePeriods() ? shiftPerLatent : 0;
            for (int j = 0; j < m; j++) {
                double previousSlope = slope[j];
                slope[j] = slopeMean[j] + persistence[j] * (previousSlope - slopeMean[j])
                        + s.slopeNoise() * random.nextGaussian();
                level[j] = level[j] + previousSlope + shift
                        + s.latentNoise() * random.nextGaussian();
            }
            signal[t] = sum(level);
        }
        return signal;
    }

    /** Marks {@code count} of {@code n} donors, chosen by a partial Fisher-Yates shuffle. */
    private static boolean[] chooseInvalid(RandomGenerator random, int n, int count) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean[] invalid = new boolean[n];
        for (int i = 0; i < count; i++) {
            int pick = i + random.nextInt(n - i);
            int chosen = order[pick];
            order[pick] = order[i];
            order[i] = chosen;
            invalid[chosen] = true;
        }
        return invalid;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    private static RandomGenerator stream(long seed, int index) {
        return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), index});
    }

    private static double finite(String name, double value, String example) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid " + name + " " + value
                    + ": use a finite number, for example " + example + ".");
        }
        return value;
    }

    private static double standardDeviation(String name, double value, String example) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid " + name + " " + value
                    + ": a standard deviation must be a finite number of 0 or more, for example "
                    + example + ".");
        }
        return value;
    }

    /**
     * Settings of a {@link SpilloverProcess}. Normal parameters are standard deviations.
     *
     * @param latents the number of latents M
     * @param donors the number of candidate donors N
     * @param prePeriods the pre-intervention periods T0
     * @param postPeriods the post-intervention periods P
     * @param effect the effect tau on the target
     * @param spillover the spillover gamma on the invalid donors, at full strength
     * @param invalidShare the share of invalid donors, in [0, 1]
     * @param donorNoise sigma_x
     * @param latentNoise sigma_u
     * @param slopeNoise sigma_delta
     * @param targetNoise sigma_y
     * @param ramp the post-periods R over which the spillover grows to gamma, 1 for a sharp onset
     * @param latentShift the step of the common signal at the first post-period
     */
    public record Settings(int latents, int donors, int prePeriods, int postPeriods,
            double effect, double spillover, double invalidShare, double donorNoise,
            double latentNoise, double slopeNoise, double targetNoise, int ramp,
            double latentShift) {

        Settings withLatents(int value) {
            return new Settings(value, donors, prePeriods, postPeriods, effect, spillover,
                    invalidShare, donorNoise, latentNoise, slopeNoise, targetNoise, ramp,
                    latentShift);
        }

        Settings withDonors(int value) {
            return new Settings(latents, value, prePeriods, postPeriods, effect, spillover,
                    invalidShare, donorNoise, latentNoise, slopeNoise, targetNoise, ramp,
                    latentShift);
        }

        Settings withPrePeriods(int value) {
            return new Settings(latents, donors, value, postPeriods, effect, spillover,
                    invalidShare, donorNoise, latentNoise, slopeNoise, targetNoise, ramp,
                    latentShift);
        }

        Settings withPostPeriods(int value) {
            return new Settings(latents, donors, prePeriods, value, effect, spillover,
                    invalidShare, donorNoise, latentNoise, slopeNoise, targetNoise, ramp,
                    latentShift);
        }

        Settings withEffect(double value) {
            return new Settings(latents, donors, prePeriods, postPeriods, value, spillover,
                    invalidShare, donorNoise, latentNoise, slopeNoise, targetNoise, ramp,
                    latentShift);
        }

        Settings withSpillover(double value) {
            return new Settings(latents, donors, prePeriods, postPeriods, effect, value,
                    invalidShare, donorNoise, latentNoise, slopeNoise, targetNoise, ramp,
                    latentShift);
        }

        Settings withInvalidShare(double value) {
            return new Settings(latents, donors, prePeriods, postPeriods, effect, spillover,
                    value, donorNoise, latentNoise, slopeNoise, targetNoise, ramp, latentShift);
        }

        Settings withDonorNoise(double value) {
            return new Settings(latents, donors, prePeriods, postPeriods, effect, spillover,
                    invalidShare, value, latentNoise, slopeNoise, targetNoise, ramp,
                    latentShift);
        }

        Settings withLatentNoise(double value) {
            return new Settings(latents, donors, prePeriods, postPeriods, effect, spillover,
                    invalidShare, donorNoise, value, slopeNoise, targetNoise, ramp, latentShift);
        }

        Settings withSlopeNoise(double value) {
            return new Settings(latents, donors, prePeriods, postPeriods, effect, spillover,
                    invalidShare, donorNoise, latentNoise, value, targetNoise, ramp,
                    latentShift);
        }

        Settings withTargetNoise(double value) {
            return new Settings(latents, donors, prePeriods, postPeriods, effect, spillover,
                    invalidShare, donorNoise, latentNoise, slopeNoise, value, ramp, latentShift);
        }

        Settings withRamp(int value) {
            return new Settings(latents, donors, prePeriods, postPeriods, effect, spillover,
                    invalidShare, donorNoise, latentNoise, slopeNoise, targetNoise, value,
                    latentShift);
        }

        Settings withLatentShift(double value) {
            return new Settings(latents, donors, prePeriods, postPeriods, effect, spillover,
                    invalidShare, donorNoise, latentNoise, slopeNoise, targetNoise, ramp, value);
        }
    }
}
