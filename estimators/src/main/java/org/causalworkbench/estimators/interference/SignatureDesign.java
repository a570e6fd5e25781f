package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regression design on treatment, discrete covariates and a signature, shared by the logistic
 * propensity model and the outcome regressions.
 *
 * <p>Columns, in this order, with {@code D_c} the dummy of covariate cell {@code c} (the first
 * cell in input order is the reference and has none) and {@code s_k} signature component
 * {@code k} rescaled to [-1, 1] by its observed minimum and maximum:
 * <pre>
 *   1                                   intercept
 *   T                                   only when treatment terms are requested
 *   D_c                                 covariate cells
 *   s_k, s_k^2, s_k^3                   cubic polynomial basis of each component
 *   D_c * s_k^p                         covariate by signature
 *   T * D_c                             only with treatment terms
 *   T * s_k^p                           only with treatment-by-signature terms
 * </pre>
 * Rescaling keeps the cubic columns well conditioned. Components do not interact with one
 * another. Columns that are constant or collinear on the data, for example the cube of a
 * signature with three distinct values, are removed by {@link IndependentColumns}.
 */
final class SignatureDesign {

    /** Highest power of each signature component. */
    static final int DEGREE = 3;

    private final Map<Object, Integer> covariateLevels;
    private final double[] centres;
    private final double[] halfRanges;
    private final boolean treatmentTerms;
    private final boolean treatmentBySignature;
    private final List<String> names;

    private SignatureDesign(Map<Object, Integer> covariateLevels, double[] centres,
            double[] halfRanges, boolean treatmentTerms, boolean treatmentBySignature) {
        this.covariateLevels = covariateLevels;
        this.centres = centres;
        this.halfRanges = halfRanges;
        this.treatmentTerms = treatmentTerms;
        this.treatmentBySignature = treatmentBySignature;
        this.names = buildNames();
    }

    /**
     * Sets up the design for the given units.
     *
     * @param covariates covariate cell per unit, or {@code null} for none
     * @param signatures signature per unit, or {@code null} for a design without signature
     * @param units the rows that enter the fit
     * @param treatmentTerms whether to add T and T times covariate dummies
     * @param treatmentBySignature whether to add T times the signature basis
     */
    static SignatureDesign of(List<?> covariates, List<Signature> signatures, int[] units,
            boolean treatmentTerms, boolean treatmentBySignature) {
        Map<Object, Integer> levels = new LinkedHashMap<>();
        if (covariates != null) {
            for (int i : units) {
                levels.putIfAbsent(covariates.get(i), levels.size());
            }
        }
        int components = signatures == null ? 0 : signatures.get(units[0]).components().size();
        double[] minimum = new double[components];
        double[] maximum = new double[components];
        Arrays.fill(minimum, Double.POSITIVE_INFINITY);
        Arrays.fill(maximum, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < components; k++) {
            for (int i : units) {
                List<ExactFraction> values = signatures.get(i).components();
                if (values.size() != components) {
                    throw new IllegalArgumentException("Unit " + i + " has a signature with "
                            + values.size() + " components, but unit " + units[0] + " has "
                            + components + ": give every unit the same components.");
                }
                double value = values.get(k).doubleValue();
                minimum[k] = Math.min(minimum[k], value);
                maximum[k] = Math.max(maximum[k], value);
            }
        }
        double[] centres = new double[components];
        double[] halfRanges = new double[components];
        for (int k = 0; k < components; k++) {
            centres[k] = (minimum[k] + maximum[k]) / 2;
            double half = (maximum[k] - minimum[k]) / 2;
            halfRanges[k] = half > 0 ? half : 1;
        }
        return new SignatureDesign(levels, centres, halfRanges, treatmentTerms,
                treatmentBySignature);
    }

    /** Returns the column names, such as "T x I1^2" or "X[b] x I1". */
    List<String> columnNames() {
        return names;
    }

    /** Builds the design matrix of the given units at their observed treatment. */
    double[][] matrix(int[] treatment, List<?> covariates, List<Signature> signatures,
            int[] units) {
        double[][] rows = new double[units.length][];
        for (int r = 0; r < units.length; r++) {
            int i = units[r];
            rows[r] = row(treatment == null ? 0 : treatment[i],
                    covariates == null ? null : covariates.get(i),
                    signatures == null ? null : signatures.get(i));
        }
        return rows;
    }

    /**
     * Builds one row.
     *
     * @param treatment 0 or 1, ignored without treatment terms
     * @param covariate the covariate cell; a cell not seen at setup gets no dummy
     * @param signature the signature, ignored when the design has none
     */
    double[] row(int treatment, Object covariate, Signature signature) {
        double[] row = new double[names.size()];
        int column = 0;
        row[column++] = 1;
        if (treatmentTerms) {
            row[column++] = treatment;
        }
        double[] dummies = new double[Math.max(covariateLevels.size() - 1, 0)];
        Integer level = covariate == null ? null : covariateLevels.get(covariate);
        if (level != null && level > 0) {
            dummies[level - 1] = 1;
        }
        double[] basis = basis(signature);
        for (double dummy : dummies) {
            row[column++] = dummy;
        }
        for (double value : basis) {
            row[column++] = value;
        }
        for (double dummy : dummies) {
            for (double value : basis) {
                row[column++] = dummy * value;
            }
        }
        if (treatmentTerms) {
            for (double dummy : dummies) {
                row[column++] = treatment * dummy;
            }
        }
        if (treatmentBySignature) {
            for (double value : basis) {
                row[column++] = treatment * value;
            }
        }
        return row;
    }

    private double[] basis(Signature signature) {
        double[] basis = new double[centres.length * DEGREE];
        for (int k = 0; k < centres.length; k++) {
            double scaled = (signature.components().get(k).doubleValue() - centres[k])
                    / halfRanges[k];
            double power = 1;
            for (int p = 0; p < DEGREE; p++) {
                power *= scaled;
                basis[k * DEGREE + p] = power;
            }
        }
        return basis;
    }

    private List<String> buildNames() {
        List<String> dummyNames = new ArrayList<>();
        for (Map.Entry<Object, Integer> level : covariateLevels.entrySet()) {
            if (level.getValue() > 0) {
                dummyNames.add("X[" + level.getKey() + "]");
            }
        }
        List<String> basisNames = new ArrayList<>();
        for (int k = 0; k < centres.length; k++) {
            for (int p = 1; p <= DEGREE; p++) {
                basisNames.add("I" + (k + 1) + (p == 1 ? "" : "^" + p));
            }
        }
        List<String> result = new ArrayList<>();
        result.add("intercept");
        if (treatmentTerms) {
            result.add("T");
        }
        result.addAll(dummyNames);
        result.addAll(basisNames);
        for (String dummy : dummyNames) {
            for (String value : basisNames) {
                result.add(dummy + " x " + value);
            }
        }
        if (treatmentTerms) {
            for (String dummy : dummyNames) {
                result.add("T x " + dummy);
            }
        }
        if (treatmentBySignature) {
            for (String value : basisNames) {
                result.add("T x " + value);
            }
        }
        return List.copyOf(result);
    }
}
