package org.causalworkbench.app.repr;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.causalworkbench.estimators.repr.lora.CosineCsv;
import org.causalworkbench.estimators.repr.lora.DirectionCosines;
import org.causalworkbench.estimators.repr.lora.DirectionCsv;
import org.causalworkbench.estimators.repr.lora.LoraAdapter;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;

/**
 * The state of the LoRA adapter inspector: the spectra of an adapter read in the background,
 * the selected module, the |cos| matrix of one direction across modules, and the comparison
 * with a second adapter.
 *
 * <p>Work runs on the worker executor and every property changes on the UI executor, so tests
 * pass direct executors and need no toolkit. A cancelled or failed read keeps the previous
 * adapter on screen.
 */
public final class LoraInspectorViewModel {

    /** The modules the cosine matrix compares. */
    public enum Scope {
        /** The selected module's projection in every layer. */
        SAME_PROJECTION("Same projection across layers"),
        /** Every module; pairs of different dimension are grey. */
        ALL_MODULES("All modules");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * A |cos| matrix ready to draw.
     *
     * @param title the chart title
     * @param labels one axis label per module
     * @param cosines the square matrix, NaN where two directions cannot be compared
     */
    public record CosineView(String title, List<String> labels, double[][] cosines) {
    }

    private final ReadOnlyObjectWrapper<List<ModuleSpectrum>> spectra =
            new ReadOnlyObjectWrapper<>(this, "spectra", List.of());
    private final ReadOnlyObjectWrapper<LoraAdapter> adapter =
            new ReadOnlyObjectWrapper<>(this, "adapter");
    private final IntegerProperty selectedModule = new SimpleIntegerProperty(this,
            "selectedModule", -1);
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side",
            Side.OUTPUT);
    private final IntegerProperty direction = new SimpleIntegerProperty(this, "direction", 0);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope",
            Scope.SAME_PROJECTION);
    private final IntegerProperty exportCount = new SimpleIntegerProperty(this, "exportCount",
            1);
    private final ReadOnlyObjectWrapper<ModuleSpectrum> selectedSpectrum =
            new ReadOnlyObjectWrapper<>(this, "selectedSpectrum");
    private final ReadOnlyObjectWrapper<CosineView> cosineView =
            new ReadOnlyObjectWrapper<>(this, "cosineView");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            "No adapter open.");
    private final LoraComparison comparison = new LoraComparison();
    private final LoraReads reads;

    /**
     * Creates the view model.
     *
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs reads and exports
     */
    public LoraInspectorViewModel(Executor uiExecutor, Executor worker) {
        this.reads = new LoraReads(uiExecutor, worker, () -> adapter.get() != null);
        spectra.addListener((obs, old, now) -> refresh());
        selectedModule.addListener((obs, old, now) -> refresh());
        side.addListener((obs, old, now) -> refresh());
        direction.addListener((obs, old, now) -> refresh());
        scope.addListener((obs, old, now) -> refresh());
    }

    /**
     * Reads an adapter folder in the background, unless a read is running.
     *
     * @param folder the folder with {@code adapter_config.json} and
     *     {@code adapter_model.safetensors}
     */
    public void open(Path folder) {
        reads.read(folder, null, this::install);
    }

    private void install(LoraAdapter read, List<ModuleSpectrum> result) {
        adapter.set(read);
        selectedModule.set(-1);
        spectra.set(result);
        selectedModule.set(0);
        summary.set(describe(read));
    }

    /**
     * Reads a second adapter folder in the background to compare with the open one, unless a
     * read is running. A failed read keeps both the open adapter and the previous comparison.
     *
     * @param folder the folder of adapter B
     */
    public void openComparison(Path folder) {
        if (adapter.get() == null) {
            reads.reject("Open an adapter before comparing it with another.");
            return;
        }
        reads.read(folder, "adapter B", (read, result) -> {
            comparison.install(read, result);
            refresh();
        });
    }

    /** Removes the second adapter. The first stays open. */
    public void clearComparison() {
        comparison.clear();
    }

    /** Asks the running read to stop; the previous adapter stays on screen. */
    public void cancel() {
        reads.cancel();
    }

    /**
     * Writes the top {@link #exportCountProperty()} directions of every module to CSV in the
     * background.
     *
     * @param target the CSV file
     */
    public void export(Path target) {
        List<ModuleSpectrum> current = spectra.get();
        if (current.isEmpty()) {
            reads.reject("Open an adapter before exporting its directions.");
            return;
        }
        int count = exportCount.get();
        long zero = current.stream().filter(spectrum -> !spectrum.hasDirection(0)).count();
        // The CSV skips directions that a zero update does not define, so they are counted
        // apart.
        String skipped = zero == 0 ? "" : " (" + zero + " more with a zero update have none)";
        reads.write(target, () -> DirectionCsv.write(target, current, count),
                "Exported the top " + count + " directions of " + (current.size() - zero)
                        + " modules" + skipped + " to " + target + ".");
    }

    /**
     * Writes |cos| between the chosen direction of every module of adapter A and of every
     * module of adapter B to CSV in the background.
     *
     * @param target the CSV file
     */
    public void exportComparison(Path target) {
        List<ModuleSpectrum> second = comparison.spectraProperty().get();
        if (adapter.get() == null || comparison.adapterProperty().get() == null) {
            reads.reject("Compare with a second adapter before exporting the comparison.");
            return;
        }
        List<String> names = LoraComparison.adapterNames(adapter.get().folder(),
                comparison.adapterProperty().get().folder());
        CosineCsv.Named first = new CosineCsv.Named(names.get(0), spectra.get());
        CosineCsv.Named other = new CosineCsv.Named(names.get(1), second);
        Side chosenSide = side.get();
        int index = direction.get();
        reads.write(target, () -> CosineCsv.write(target, first, other, chosenSide, index),
                "Exported |cos| of " + first.spectra().size() + " x " + second.size()
                        + " module pairs to " + target + ".");
    }

    private void refresh() {
        List<ModuleSpectrum> current = spectra.get();
        int index = selectedModule.get();
        if (index < 0 || index >= current.size()) {
            selectedSpectrum.set(null);
            cosineView.set(null);
            comparison.update(adapter.get(), current, null, side.get(), direction.get(),
                    scope.get());
            return;
        }
        ModuleSpectrum selected = current.get(index);
        selectedSpectrum.set(selected);
        List<ModuleSpectrum> compared = scope.get() == Scope.SAME_PROJECTION
                ? LayerGroups.sameProjection(current, selected) : current;
        List<String> labels = scope.get() == Scope.SAME_PROJECTION
                ? compared.stream().map(module -> LayerGroups.layerLabel(module.name()))
                        .toList()
                : LayerGroups.shortNames(compared.stream().map(ModuleSpectrum::name).toList());
        String title = String.format(Locale.ROOT, "|cos| of %s direction %d, %s",
                side.get() == Side.OUTPUT ? "output" : "input", direction.get() + 1,
                scope.get() == Scope.SAME_PROJECTION
                        ? LayerGroups.projection(selected.name()) : "all modules");
        cosineView.set(new CosineView(title, labels, DirectionCosines.matrix(compared,
                compared, side.get(), direction.get())));
        comparison.update(adapter.get(), current, selected, side.get(), direction.get(),
                scope.get());
    }

    private static String describe(LoraAdapter adapter) {
        var config = adapter.config();
        String scale = config.useRslora() ? "alpha / sqrt(r)" : "alpha / r";
        return String.format(Locale.ROOT, "%s: %d modules, r = %d, lora_alpha = %s, scale %s"
                + " = %s%s", adapter.folder().getFileName(), adapter.modules().size(),
                config.rank(), trim(config.alpha()), scale,
                trim(config.scale(config.rank())), adapter.otherTensors().isEmpty() ? ""
                        : "; " + adapter.otherTensors().size() + " other tensors not analysed");
    }

    private static String trim(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    /** Returns the spectra of the open adapter, empty before the first read. */
    public ReadOnlyObjectProperty<List<ModuleSpectrum>> spectraProperty() {
        return spectra.getReadOnlyProperty();
    }

    /** Returns the open adapter, null before the first read. */
    public ReadOnlyObjectProperty<LoraAdapter> adapterProperty() {
        return adapter.getReadOnlyProperty();
    }

    /** Returns the index of the module whose spectrum is shown. */
    public IntegerProperty selectedModuleProperty() {
        return selectedModule;
    }

    /** Returns the side of the directions the cosine matrix compares. */
    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    /** Returns the index of the compared direction, 0 for the top one. */
    public IntegerProperty directionProperty() {
        return direction;
    }

    /** Returns which modules the cosine matrix compares. */
    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** Returns how many top directions per module an export writes. */
    public IntegerProperty exportCountProperty() {
        return exportCount;
    }

    /** Returns the spectrum of the selected module, null when none is selected. */
    public ReadOnlyObjectProperty<ModuleSpectrum> selectedSpectrumProperty() {
        return selectedSpectrum.getReadOnlyProperty();
    }

    /** Returns the cosine matrix to draw, null when no module is selected. */
    public ReadOnlyObjectProperty<CosineView> cosineViewProperty() {
        return cosineView.getReadOnlyProperty();
    }

    /** Returns the comparison with a second adapter, empty until one is read. */
    public LoraComparison comparison() {
        return comparison;
    }

    /** Returns one line on the open adapter: modules, rank, alpha and scale. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Returns the state of the last read or export. */
    public ReadOnlyStringProperty statusProperty() {
        return reads.statusProperty();
    }

    /** Returns the message of the last failure, empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return reads.errorProperty();
    }

    /** Returns whether a read is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return reads.runningProperty();
    }

    /** Returns the finished fraction of the running read. */
    public ReadOnlyDoubleProperty progressProperty() {
        return reads.progressProperty();
    }
}
