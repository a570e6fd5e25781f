package org.causalworkbench.app.interference.classical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.classical.AllocationGrid;
import org.causalworkbench.estimators.interference.classical.AllocationIpw;
import org.causalworkbench.estimators.interference.classical.AllocationIpwResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allocation-curve part of the classical tab: the propensity model and the grid of
 * Bernoulli allocations alpha, and the inverse-probability-weighted DE, IE, TE and OE over the
 * grid. The work grows with the square of the grid size times the number of groups, and took
 * milliseconds on the 400 households of the household sample, so it runs on the UI thread when
 * {@link #estimate()} is called.
 */
public final class AllocationViewModel {

    /** The source of the individual propensities P(A = 1 | L). */
    public enum Propensity {
        /** Logistic regression on an intercept and one indicator per covariate level. */
        LOGISTIC("Logistic on the covariates"),
        /** The same known probability for every unit, as in a Bernoulli experiment. */
        KNOWN("Known, the same p for every unit");

        private final String label;

        Propensity(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The default first and last allocations and the number of grid points. */
    static final double DEFAULT_FROM = 0.1;
    static final double DEFAULT_TO = 0.9;
    static final int DEFAULT_POINTS = 17;

    private static final Logger LOG = LoggerFactory.getLogger(AllocationViewModel.class);

    private final ReadOnlyObjectProperty<InterferenceData> data;
    private final ObjectProperty<Propensity> propensity =
            new SimpleObjectProperty<>(this, "propensity", Propensity.LOGISTIC);
    private final DoubleProperty knownProbability =
            new SimpleDoubleProperty(this, "knownProbability", 0.5);
    private final DoubleProperty from = new SimpleDoubleProperty(this, "from", DEFAULT_FROM);
    private final DoubleProperty to = new SimpleDoubleProperty(this, "to", DEFAULT_TO);
    private final IntegerProperty points = new SimpleIntegerProperty(this, "points",
            DEFAULT_POINTS);
    private final IntegerProperty referenceIndex =
            new SimpleIntegerProperty(this, "referenceIndex", 0);
    private final ReadOnlyObjectWrapper<AllocationGrid> grid =
            new ReadOnlyObjectWrapper<>(this, "grid");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Settings gridSettings;
    private Curves curves;

    /**
     * Creates the view model on the workspace's unit table.
     *
     * @param data the unit table on screen
     */
    public AllocationViewModel(ReadOnlyObjectProperty<InterferenceData> data) {
        this.data = data;
        data.addListener((obs, old, now) -> {
            gridSettings = null;
            curves = null;
            grid.set(null);
            notes.set("");
            error.set("");
        });
    }

    /**
     * Returns the grid of allocations: {@link #pointsProperty()} values evenly spaced from
     * {@link #fromProperty()} to {@link #toProperty()}.
     *
     * @throws IllegalArgumentException if the bounds are not in (0, 1) and increasing, or
     *     there are fewer than 2 points
     */
    public double[] allocations() {
        return allocations(from.get(), to.get(), points.get());
    }

    private static double[] allocations(double first, double last, int count) {
        if (!(first > 0 && last < 1 && first < last)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Invalid allocation"
                    + " range %s to %s: use 0 < from < to < 1, for example 0.1 to 0.9.",
                    first, last));
        }
        if (count < 2 || count > 101) {
            throw new IllegalArgumentException("Invalid number of grid points " + count
                    + ": use 2 to 101.");
        }
        double[] alphas = new double[count];
        for (int i = 0; i < count; i++) {
            alphas[i] = first + (last - first) * i / (count - 1);
        }
        return alphas;
    }

    /**
     * The settings of one estimate.
     *
     * @param propensity how the propensities are obtained
     * @param knownProbability the known propensity p, used with {@link Propensity#KNOWN}
     * @param from the first allocation of the grid
     * @param to the last allocation of the grid
     * @param points the number of grid points
     */
    public record Settings(Propensity propensity, double knownProbability, double from,
            double to, int points) {
    }

    /**
     * The estimates over the grid with the notes the tab shows.
     *
     * @param grid the means and effects at every allocation
     * @param notes the estimator's notes and the largest group weight, one per item
     */
    public record Curves(AllocationGrid grid, List<String> notes) {

        /** Copies the notes. */
        public Curves {
            notes = List.copyOf(notes);
        }
    }

    /** Returns the settings on screen. */
    public Settings settings() {
        return new Settings(propensity.get(), knownProbability.get(), from.get(), to.get(),
                points.get());
    }

    /** Returns the settings of the curves on screen, or {@code null} when there are none. */
    public Settings gridSettings() {
        return gridSettings;
    }

    /** Returns the curves on screen with their notes, or {@code null} when there are none. */
    public Curves curves() {
        return curves;
    }

    /** Estimates the effects over the grid, or reports why it cannot. */
    public void estimate() {
        InterferenceData table = data.get();
        if (table == null) {
            return;
        }
        Settings used = settings();
        try {
            Curves computed = compute(table, used);
            referenceIndex.set(Math.min(referenceIndex.get(),
                    computed.grid().allocations().size() - 1));
            gridSettings = used;
            curves = computed;
            grid.set(computed.grid());
            notes.set(String.join("\n", computed.notes()));
            error.set("");
        } catch (IllegalArgumentException invalid) {
            LOG.info("Allocation curves rejected: {}", invalid.getMessage());
            gridSettings = null;
            curves = null;
            grid.set(null);
            notes.set("");
            error.set(invalid.getMessage());
        }
    }

    /**
     * Estimates the effects over the grid of the settings, as {@link #estimate()} does, for a
     * run without a window.
     *
     * @param table the unit table
     * @param settings the settings
     * @return the curves and notes
     * @throws IllegalArgumentException if the grid is invalid or the estimator rejects the data
     */
    public static Curves compute(InterferenceData table, Settings settings) {
        double[] alphas = allocations(settings.from(), settings.to(), settings.points());
        AllocationIpwResult result = fit(table, settings);
        AllocationGrid computed = result.grid(alphas, ProgressSink.NONE, () -> false);
        List<String> lines = new ArrayList<>(result.notes());
        lines.add(weightNote(computed));
        return new Curves(computed, lines);
    }

    private static AllocationIpwResult fit(InterferenceData table, Settings settings) {
        if (settings.propensity() == Propensity.KNOWN) {
            double[] known = new double[table.size()];
            java.util.Arrays.fill(known, settings.knownProbability());
            return AllocationIpw.withDefaults().estimateWithKnownPropensity(table.groups(),
                    table.treatment(), table.outcome(), known);
        }
        return AllocationIpw.withDefaults().estimateWithLogisticPropensity(table.groups(),
                table.treatment(), table.outcome(), levelIndicators(table));
    }

    /**
     * Codes the joined covariate label as indicators of every level but the first seen, so
     * the logistic fit has one propensity per covariate cell.
     */
    static double[][] levelIndicators(InterferenceData table) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int unit = 0; unit < table.size(); unit++) {
            levels.putIfAbsent(table.covariateOf(unit), levels.size());
        }
        double[][] indicators = new double[table.size()][levels.size() - 1];
        for (int unit = 0; unit < table.size(); unit++) {
            int level = levels.get(table.covariateOf(unit));
            if (level > 0) {
                indicators[unit][level - 1] = 1;
            }
        }
        return indicators;
    }

    private static String weightNote(AllocationGrid computed) {
        double max = 0;
        double at = Double.NaN;
        for (int i = 0; i < computed.means().size(); i++) {
            if (computed.means().get(i).maxGroupWeight() > max) {
                max = computed.means().get(i).maxGroupWeight();
                at = computed.allocations().get(i);
            }
        }
        return String.format(Locale.ROOT, "Largest group weight pi(A_i; alpha) / f(A_i | L_i)"
                + " over the grid: %.3g at alpha = %.3f. Weights far above 1 mean a few groups"
                + " carry the estimate there.", max, at);
    }

    /** Returns how the propensities are obtained. */
    public ObjectProperty<Propensity> propensityProperty() {
        return propensity;
    }

    /** Returns the known propensity p, used with {@link Propensity#KNOWN}. */
    public DoubleProperty knownProbabilityProperty() {
        return knownProbability;
    }

    /** Returns the first allocation of the grid. */
    public DoubleProperty fromProperty() {
        return from;
    }

    /** Returns the last allocation of the grid. */
    public DoubleProperty toProperty() {
        return to;
    }

    /** Returns the number of grid points. */
    public IntegerProperty pointsProperty() {
        return points;
    }

    /** Returns the grid index of the reference allocation alpha0 of the TE and OE curves. */
    public IntegerProperty referenceIndexProperty() {
        return referenceIndex;
    }

    /** Returns the estimates over the grid, or {@code null} when there are none. */
    public ReadOnlyObjectProperty<AllocationGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** Returns the estimator's notes and the largest group weight, one per line. */
    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Returns why there are no curves, empty when there are. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
