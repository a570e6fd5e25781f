package org.causalworkbench.estimators.synth;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The first stage of the proximal fit: the orthogonal projection onto the span of a constant and
 * the instruments' pre-period values (or their leading principal components).
 *
 * <p>The instruments are centred and decomposed as {@code Z_c = U S V'}. The projection keeps the
 * first {@code q} left singular vectors, so {@code P v = mean(v) + U_q U_q' (v - mean(v))}. With
 * every nonzero singular value kept this is the projection onto {@code [1, Z]}; with fewer it is
 * the projection onto a constant and the leading {@code q} principal components.
 */
final class InstrumentProjection {

    private final double[][] basis;
    private final int rows;

    private InstrumentProjection(double[][] basis, int rows) {
        this.basis = basis;
        this.rows = rows;
    }

    /** Singular values of the centred instruments and their left singular vectors. */
    record Spectrum(double[] singularValues, double[][] leftVectors, int rank) {
    }

    /**
     * Decomposes the centred instrument matrix.
     *
     * @param z the T0&times;m instrument values, one column per instrument. Not modified.
     * @return the spectrum, singular values in decreasing order
     */
    static Spectrum spectrum(DMatrixRMaj z) {
        DMatrixRMaj centred = z.copy();
        for (int j = 0; j < centred.numCols; j++) {
            double mean = 0;
            for (int t = 0; t < centred.numRows; t++) {
                mean += centred.get(t, j);
            }
            mean /= centred.numRows;
            for (int t = 0; t < centred.numRows; t++) {
                centred.set(t, j, centred.get(t, j) - mean);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(centred.numRows, centred.numCols, true, false, true);
        if (!svd.decompose(centred)) {
            throw new IllegalStateException("singular value decomposition failed on the "
                    + z.numRows + "x" + z.numCols + " instrument matrix");
        }
        double[] sigma = svd.getSingularValues();
        DMatrixRMaj u = svd.getU(null, false);
        int count = svd.numberOfSingularValues();
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(sigma[b], sigma[a]));
        double[] sorted = new double[count];
        double[][] vectors = new double[count][z.numRows];
        for (int i = 0; i < count; i++) {
            sorted[i] = sigma[order[i]];
            for (int t = 0; t < z.numRows; t++) {
                vectors[i][t] = u.get(t, order[i]);
            }
        }
        double threshold = count == 0 ? 0
                : Math.max(z.numRows, z.numCols) * Math.ulp(1.0) * sorted[0];
        int rank = 0;
        while (rank < count && sorted[rank] > threshold) {
            rank++;
        }
        return new Spectrum(sorted, vectors, rank);
    }

    /** Returns the projection onto a constant and the first {@code q} singular vectors. */
    static InstrumentProjection leading(Spectrum spectrum, int q, int rows) {
        double[][] basis = new double[q][];
        for (int i = 0; i < q; i++) {
            basis[i] = spectrum.leftVectors()[i].clone();
        }
        return new InstrumentProjection(basis, rows);
    }

    /** Projects one pre-period series. */
    double[] project(double[] v) {
        double mean = GapStatistics.mean(v, 0, rows);
        double[] projected = new double[rows];
        Arrays.fill(projected, mean);
        for (double[] u : basis) {
            double coefficient = 0;
            for (int t = 0; t < rows; t++) {
                coefficient += u[t] * (v[t] - mean);
            }
            for (int t = 0; t < rows; t++) {
                projected[t] += coefficient * u[t];
            }
        }
        return projected;
    }

    /**
     * Returns the share of a series' variation around its mean that the instruments explain:
     * the partial R&sup2; of the instruments given the constant. A constant series returns NaN.
     */
    double partialRSquared(double[] v) {
        double mean = GapStatistics.mean(v, 0, rows);
        double total = 0;
        for (int t = 0; t < rows; t++) {
            total += (v[t] - mean) * (v[t] - mean);
        }
        double explained = 0;
        for (double[] u : basis) {
            double coefficient = 0;
            for (int t = 0; t < rows; t++) {
                coefficient += u[t] * (v[t] - mean);
            }
            explained += coefficient * coefficient;
        }
        return total == 0 ? Double.NaN : Math.min(1, explained / total);
    }

    /**
     * Returns the smallest singular value of the centred projected design, one column per kept
     * donor, in outcome units. Near zero means weak instruments: the projected donors are
     * nearly collinear and the second stage is poorly determined.
     */
    static double smallestSingularValue(double[][] projectedColumns, int rows) {
        int k = projectedColumns.length;
        DMatrixRMaj design = new DMatrixRMaj(rows, k);
        for (int j = 0; j < k; j++) {
            double mean = GapStatistics.mean(projectedColumns[j], 0, rows);
            for (int t = 0; t < rows; t++) {
                design.set(t, j, projectedColumns[j][t] - mean);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(rows, k, false, false, true);
        if (!svd.decompose(design)) {
            throw new IllegalStateException("singular value decomposition failed on the "
                    + rows + "x" + k + " projected design");
        }
        if (k > rows) {
            return 0;
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (double s : svd.getSingularValues()) {
            smallest = Math.min(smallest, s);
        }
        return smallest;
    }
}
