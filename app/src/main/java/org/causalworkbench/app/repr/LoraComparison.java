package org.causalworkbench.app.repr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.causalworkbench.estimators.repr.lora.DirectionCosines;
import org.causalworkbench.estimators.repr.lora.LoraAdapter;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;

/**
 * The second adapter of the LoRA inspector and how its directions line up with the first
 * adapter's: a |cos| matrix between the modules of adapter A (rows) and adapter B (columns), and
 * |cos| between the modules the two adapters share by name. Both follow the inspector's side,
 * direction and scope. Properties change only on the UI thread.
 */
public final class LoraComparison {

    /**
     * A |cos| matrix between two adapters, ready to draw.
     *
     * @param title the chart title
     * @param rowAxis the label of the rows, naming adapter A
     * @param columnAxis the label of the columns, naming adapter B
     * @param rowLabels one label per module of A, equal to a column label where both adapters
     *     have that module
     * @param columnLabels one label per module of B
     * @param cosines rows x columns, NaN where two directions cannot be compared
     */
    public record CrossView(String title, String rowAxis, String columnAxis,
            List<String> rowLabels, List<String> columnLabels, double[][] cosines) {
    }

    /**
     * One module that both adapters have.
     *
     * @param module the full module name
     * @param label the shortest trailing part of the name that distinguishes the modules
     * @param cosine |cos| between the two directions, NaN when they cannot be compared
     */
    public record MatchedCosine(String module, String label, double cosine) {
    }

    private final ReadOnlyObjectWrapper<LoraAdapter> adapter =
            new ReadOnlyObjectWrapper<>(this, "adapter");
    private final ReadOnlyObjectWrapper<List<ModuleSpectrum>> spectra =
            new ReadOnlyObjectWrapper<>(this, "spectra", List.of());
    private final ReadOnlyObjectWrapper<CrossView> view =
            new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyObjectWrapper<List<MatchedCosine>> matched =
            new ReadOnlyObjectWrapper<>(this, "matched", List.of());
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** Installs adapter B. The caller then calls {@link #update} with A's state. */
    void install(LoraAdapter second, List<ModuleSpectrum> secondSpectra) {
        spectra.set(secondSpectra);
        adapter.set(second);
    }

    /** Removes adapter B and everything derived from it. */
    void clear() {
        adapter.set(null);
        spectra.set(List.of());
        view.set(null);
        matched.set(List.of());
        heading.set("");
        summary.set("");
    }

    /**
     * Recomputes the comparison with adapter A's current state. Without adapter B it does
     * nothing.
     *
     * @param first adapter A, or null before it is read
     * @param firstSpectra A's spectra
     * @param selected A's selected module, or null while none is selected
     * @param side the side of the compared directions
     * @param direction the index of the compared direction, 0 for the top one
     * @param scope which modules the matrix compares
     */
    void update(LoraAdapter first, List<ModuleSpectrum> firstSpectra, ModuleSpectrum selected,
            Side side, int direction, LoraInspectorViewModel.Scope scope) {
        LoraAdapter second = adapter.get();
        if (second == null) {
            return;
        }
        if (first == null || selected == null) {
            view.set(null);
            matched.set(List.of());
            return;
        }
        List<String> names = adapterNames(first.folder(), second.folder());
        heading.set("A = " + names.get(0) + " (rows), B = " + names.get(1) + " (columns)");
        matched.set(matched(firstSpectra, side, direction));
        view.set(crossView(names, firstSpectra, selected, side, direction, scope));
        summary.set(describe(firstSpectra.size(), selected, scope));
    }

    private List<MatchedCosine> matched(List<ModuleSpectrum> firstSpectra, Side side,
            int direction) {
        Map<String, Double> cosines = DirectionCosines.matchedByName(firstSpectra,
                spectra.get(), side, direction);
        List<String> names = List.copyOf(cosines.keySet());
        List<String> labels = LayerGroups.shortNames(names);
        List<MatchedCosine> rows = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            rows.add(new MatchedCosine(names.get(i), labels.get(i), cosines.get(names.get(i))));
        }
        return List.copyOf(rows);
    }

    private CrossView crossView(List<String> names, List<ModuleSpectrum> firstSpectra,
            ModuleSpectrum selected, Side side, int direction,
            LoraInspectorViewModel.Scope scope) {
        boolean sameProjection = scope == LoraInspectorViewModel.Scope.SAME_PROJECTION;
        List<ModuleSpectrum> rows = sameProjection
                ? LayerGroups.sameProjection(firstSpectra, selected) : firstSpectra;
        List<ModuleSpectrum> columns = sameProjection
                ? LayerGroups.sameProjection(spectra.get(), selected) : spectra.get();
        if (columns.isEmpty()) {
            return null;
        }
        List<String> rowLabels;
        List<String> columnLabels;
        if (sameProjection) {
            rowLabels = rows.stream().map(module -> LayerGroups.layerLabel(module.name()))
                    .toList();
            columnLabels = columns.stream().map(module -> LayerGroups.layerLabel(module.name()))
                    .toList();
        } else {
            // Shortening the union keeps one module's label equal on both axes.
            Map<String, String> shortName = shortNames(rows, columns);
            rowLabels = rows.stream().map(module -> shortName.get(module.name())).toList();
            columnLabels = columns.stream().map(module -> shortName.get(module.name()))
                    .toList();
        }
        String title = String.format(Locale.ROOT, "A vs B: |cos| of %s direction %d, %s",
                side == Side.OUTPUT ? "output" : "input", direction + 1,
                sameProjection ? LayerGroups.projection(selected.name()) : "all modules");
        return new CrossView(title, "A: " + names.get(0), "B: " + names.get(1), rowLabels,
                columnLabels, DirectionCosines.matrix(rows, columns, side, direction));
    }

    private static Map<String, String> shortNames(List<ModuleSpectrum> rows,
            List<ModuleSpectrum> columns) {
        Set<String> union = new LinkedHashSet<>();
        rows.forEach(module -> union.add(module.name()));
        columns.forEach(module -> union.add(module.name()));
        List<String> names = List.copyOf(union);
        List<String> labels = LayerGroups.shortNames(names);
        Map<String, String> shortName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            shortName.put(names.get(i), labels.get(i));
        }
        return shortName;
    }

    private String describe(int firstCount, ModuleSpectrum selected,
            LoraInspectorViewModel.Scope scope) {
        List<MatchedCosine> shared = matched.get();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d of %d modules of A are also in B", shared.size(), firstCount));
        double[] finite = shared.stream().mapToDouble(MatchedCosine::cosine)
                .filter(Double::isFinite).sorted().toArray();
        if (finite.length > 0) {
            text.append(String.format(Locale.ROOT, "; median |cos| over them %.3f",
                    median(finite)));
        }
        text.append('.');
        if (view.get() == null && scope == LoraInspectorViewModel.Scope.SAME_PROJECTION) {
            text.append(" B has no module of the projection ")
                    .append(LayerGroups.projection(selected.name()))
                    .append(", so there is no matrix; choose another module or compare all"
                            + " modules.");
        }
        return text.toString();
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle]
                : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Returns names that distinguish two adapter folders: the folder names, or the
     * last two path parts when the folder names are equal, as for {@code run-1/adapter} and
     * {@code run-2/adapter}.
     */
    static List<String> adapterNames(Path first, Path second) {
        String firstName = lastParts(first, 1);
        String secondName = lastParts(second, 1);
        if (!firstName.equals(secondName)) {
            return List.of(firstName, secondName);
        }
        return List.of(lastParts(first, 2), lastParts(second, 2));
    }

    private static String lastParts(Path folder, int parts) {
        Path absolute = folder.toAbsolutePath().normalize();
        int count = absolute.getNameCount();
        if (count == 0) {
            return absolute.toString();
        }
        return absolute.subpath(Math.max(0, count - parts), count).toString();
    }

    /** Returns adapter B, null when no comparison is open. */
    public ReadOnlyObjectProperty<LoraAdapter> adapterProperty() {
        return adapter.getReadOnlyProperty();
    }

    /** Returns the spectra of adapter B, empty when no comparison is open. */
    public ReadOnlyObjectProperty<List<ModuleSpectrum>> spectraProperty() {
        return spectra.getReadOnlyProperty();
    }

    /** Returns the matrix to draw, null without adapter B or a module of A to compare. */
    public ReadOnlyObjectProperty<CrossView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** Returns the modules both adapters have, in A's order, with their |cos|. */
    public ReadOnlyObjectProperty<List<MatchedCosine>> matchedProperty() {
        return matched.getReadOnlyProperty();
    }

    /** Returns the line naming adapters A and B. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Returns the line on the shared modules and their median |cos|. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
