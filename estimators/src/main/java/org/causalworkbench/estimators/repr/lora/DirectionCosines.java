package org.causalworkbench.estimators.repr.lora;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;

/**
 * Compares top directions of LoRA updates by the absolute cosine of the angle between them,
 * within one adapter (for example the same projection across layers) and across two adapters.
 *
 * <p>Singular vectors are defined only up to sign, so the comparison uses |cos|, which lies in
 * [0, 1]: 1 for the same direction, 0 for orthogonal ones. Directions of different dimension
 * cannot be compared and give NaN, as do directions that an update does not define, such as
 * those of a zero update ({@link ModuleSpectrum#hasDirection}).
 */
public final class DirectionCosines {

    private DirectionCosines() {
    }

    /**
     * Returns |cos| between direction {@code index} of every row module and of every column
     * module. Pass the same list twice for the within-adapter matrix.
     *
     * @param rows the modules of the rows
     * @param columns the modules of the columns
     * @param side the output or input side
     * @param index 0 for the top direction
     * @return a rows x columns array; NaN where the dimensions differ or a module does not
     *     define direction {@code index}
     */
    public static double[][] matrix(List<ModuleSpectrum> rows, List<ModuleSpectrum> columns,
            Side side, int index) {
        double[][] cosines = new double[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                cosines[i][j] = absoluteCosine(rows.get(i), columns.get(j), side, index);
            }
        }
        return cosines;
    }

    /**
     * Returns |cos| between direction {@code index} of the modules that two adapters share by
     * name, in the first adapter's order.
     *
     * @param first the first adapter's spectra
     * @param second the second adapter's spectra
     * @param side the output or input side
     * @param index 0 for the top direction
     * @return module name to |cos|; modules present in only one adapter are left out
     */
    public static Map<String, Double> matchedByName(List<ModuleSpectrum> first,
            List<ModuleSpectrum> second, Side side, int index) {
        Map<String, ModuleSpectrum> byName = new LinkedHashMap<>();
        second.forEach(spectrum -> byName.put(spectrum.name(), spectrum));
        Map<String, Double> cosines = new LinkedHashMap<>();
        for (ModuleSpectrum spectrum : first) {
            ModuleSpectrum partner = byName.get(spectrum.name());
            if (partner != null) {
                cosines.put(spectrum.name(), absoluteCosine(spectrum, partner, side, index));
            }
        }
        return cosines;
    }

    private static double absoluteCosine(ModuleSpectrum first, ModuleSpectrum second,
            Side side, int index) {
        if (first.dimension(side) != second.dimension(side)
                || !first.hasDirection(index) || !second.hasDirection(index)) {
            return Double.NaN;
        }
        double[] x = first.direction(side, index);
        double[] y = second.direction(side, index);
        double dot = 0;
        double xx = 0;
        double yy = 0;
        for (int k = 0; k < x.length; k++) {
            dot += x[k] * y[k];
            xx += x[k] * x[k];
            yy += y[k] * y[k];
        }
        // The vectors are unit length up to round-off; dividing keeps |cos| <= 1 exactly.
        return Math.min(1, Math.abs(dot) / Math.sqrt(xx * yy));
    }
}
