package org.causalworkbench.app.synth.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.ProximalSyntheticControl;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * Holds the debias panel's options and runs the proximal (instrumented) synthetic control on the
 * workspace's current settings in the background.
 *
 * <p>The instruments are the donors the user excluded from the pool, or, on request, the pool's
 * donors with zero weight in the plain fit. Either way the kept donors are the pool's donors
 * with positive plain weight, as {@link ProximalSyntheticControl} chooses them by default.
 */
public final class DebiasViewModel extends RobustnessModel {

    /** Plain weights at or below this count as zero when choosing zero-weight instruments. */
    static final double ZERO_WEIGHT = 1e-6;

    private final SynthViewModel synth;
    private final BooleanProperty intercept = new SimpleBooleanProperty(this, "intercept");
    private final BooleanProperty unconstrained =
            new SimpleBooleanProperty(this, "unconstrained");
    private final IntegerProperty componentCount =
            new SimpleIntegerProperty(this, "componentCount", 0);
    private final ObjectProperty<InstrumentSource> source = new SimpleObjectProperty<>(this,
            "source", InstrumentSource.EXCLUDED_DONORS);
    private final ReadOnlyIntegerWrapper excludedCount =
            new ReadOnlyIntegerWrapper(this, "excludedCount");
    private final ReadOnlyObjectWrapper<DebiasOutcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome");

    /**
     * Creates the view model.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs fits off the UI thread
     * @param synth the workspace whose panel, treated unit, time and donor pool it reads
     */
    public DebiasViewModel(Executor uiExecutor, Executor worker, SynthViewModel synth) {
        super(uiExecutor, worker);
        this.synth = synth;
        InvalidationListener changed = obs -> markChanged();
        InvalidationListener donorChanged = obs -> {
            countExcluded();
            markChanged();
        };
        synth.donors().addListener((ListChangeListener<DonorChoice>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(d -> d.includedProperty()
                        .addListener(donorChanged));
                change.getRemoved().forEach(d -> d.includedProperty()
                        .removeListener(donorChanged));
            }
            countExcluded();
        });
        synth.donors().forEach(d -> d.includedProperty().addListener(donorChanged));
        countExcluded();
        synth.panelProperty().addListener(obs -> outcome.set(null));
        synth.treatedUnitProperty().addListener(changed);
        synth.interventionTimeProperty().addListener(changed);
        intercept.addListener(changed);
        unconstrained.addListener(changed);
        componentCount.addListener(changed);
        source.addListener(changed);
    }

    private void countExcluded() {
        excludedCount.set((int) synth.donors().stream().filter(d -> !d.isIncluded()).count());
    }

    private void markChanged() {
        if (outcome.get() != null) {
            job.markStale("Settings changed since this result: press Run debiased fit to update"
                    + " it.");
        }
    }

    /** Returns the estimator for the current options. */
    public ProximalSyntheticControl estimator() {
        return ProximalSyntheticControl.withDefaults().withIntercept(intercept.get())
                .withUnconstrained(unconstrained.get())
                .withComponentCount(componentCount.get());
    }

    /**
     * Starts the debiased fit with the current settings, unless a fit is running or the
     * settings cannot be fitted. In that case the error property contains the reason.
     */
    public void run() {
        SynthSettings settings;
        try {
            settings = SynthSettings.of(synth);
        } catch (IllegalArgumentException invalid) {
            job.reject(invalid.getMessage());
            return;
        }
        InstrumentSource chosen = source.get();
        if (chosen == InstrumentSource.EXCLUDED_DONORS && settings.excludedDonors().isEmpty()) {
            job.reject("No donor is excluded, and the instruments are the excluded donors: untick"
                    + " donors you suspect of spillover in the donor pool, or use the"
                    + " zero-weight donors of the plain fit as instruments.");
            return;
        }
        ProximalSyntheticControl estimator = estimator();
        boolean withIntercept = intercept.get();
        job.start("debiased fit", (progress, cancellation) -> compute(settings, chosen,
                estimator, withIntercept, progress, cancellation), outcome::set);
    }

    /**
     * Fits the plain and the instrumented synthetic control, as Run does; the window and
     * project files share it, so both give the same numbers.
     *
     * @param settings the workspace settings
     * @param chosen where the instruments come from
     * @param estimator the instrumented estimator with its settings
     * @param withIntercept whether both stages fit an intercept, for the outcome record
     * @param progress receives progress
     * @param cancellation checked between the two fits
     * @return the outcome
     * @throws IllegalArgumentException if there is no instrument
     */
    public static DebiasOutcome compute(SynthSettings settings, InstrumentSource chosen,
            ProximalSyntheticControl estimator, boolean withIntercept, ProgressSink progress,
            CancellationToken cancellation) {
        SyntheticControlSetup setup = settings.setup();
        cancellation.throwIfCancellationRequested();
        progress.message("Fitting the plain synthetic control");
        SyntheticControlResult plain = SyntheticControl.withDefaults().fit(setup);
        List<String> instruments = chosen == InstrumentSource.EXCLUDED_DONORS
                ? settings.excludedDonors() : zeroWeightDonors(plain);
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("Every donor of the pool has positive"
                    + " weight in the plain fit, so there is no zero-weight donor to use as"
                    + " an instrument; exclude donors instead.");
        }
        cancellation.throwIfCancellationRequested();
        progress.message("Fitting the instrumented synthetic control");
        ProximalSyntheticControlResult proximal = estimator.fit(setup, instruments);
        progress.progress(1, 1);
        return new DebiasOutcome(settings, chosen, withIntercept, proximal, plain);
    }

    /** Returns the pool's donors whose plain weight is zero, in pool order. */
    static List<String> zeroWeightDonors(SyntheticControlResult plain) {
        List<String> zero = new ArrayList<>();
        for (String donor : plain.donors()) {
            if (plain.weightOf(donor) <= ZERO_WEIGHT) {
                zero.add(donor);
            }
        }
        return zero;
    }

    /** Returns whether both stages fit an intercept. */
    public BooleanProperty interceptProperty() {
        return intercept;
    }

    /** Returns whether the second stage drops the simplex constraint. */
    public BooleanProperty unconstrainedProperty() {
        return unconstrained;
    }

    /** Returns the number of principal components of the instruments, 0 for automatic. */
    public IntegerProperty componentCountProperty() {
        return componentCount;
    }

    /** Returns where the instruments come from. */
    public ObjectProperty<InstrumentSource> sourceProperty() {
        return source;
    }

    /** Returns how many donors the user excluded from the pool. */
    public ReadOnlyIntegerProperty excludedCountProperty() {
        return excludedCount.getReadOnlyProperty();
    }

    /** Returns the last debiased fit, or {@code null} before the first run on this panel. */
    public ReadOnlyObjectProperty<DebiasOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
