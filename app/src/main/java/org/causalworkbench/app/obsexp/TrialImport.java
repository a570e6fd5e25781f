package org.causalworkbench.app.obsexp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.NumericColumns;
import org.causalworkbench.estimators.obsexp.TrialData;

/**
 * Builds a workspace dataset from a trial CSV in which the observational CATE &omega; is a
 * column.
 *
 * <p><strong>Limitations.</strong> With &omega; known only at the trial rows, intervals are
 * reported at the trial rows, sorted by the first covariate, so the charts show no region
 * outside the trial's support. The {@code obsexp} command's {@code --obs} and {@code --eval}
 * options give intervals elsewhere.
 */
final class TrialImport {

    private TrialImport() {
    }

    /**
     * Reads the chosen columns and checks them as a trial.
     *
     * @param table the CSV table
     * @param covariates the covariate columns, at least one
     * @param treatment the 0/1 treatment column
     * @param outcome the outcome column
     * @param omega the column holding &omega; at each row
     * @param propensity the trial's known treatment probability
     * @return the dataset
     * @throws IllegalArgumentException naming the file, line or column of the problem
     */
    static ObsExpDataset build(CsvTable table, List<String> covariates, String treatment,
            String outcome, String omega, double propensity) {
        List<String> roles = new ArrayList<>(covariates);
        roles.add(treatment);
        roles.add(outcome);
        roles.add(omega);
        if (roles.stream().distinct().count() < roles.size()) {
            throw new DataFormatException(table.sourceName() + ": a column is chosen for two"
                    + " roles; covariates, treatment, outcome and omega need distinct columns.");
        }
        double[][] x = NumericColumns.matrix(table, covariates, "covariate");
        int[] flags = NumericColumns.binary(table, treatment, "treatment");
        double[] t = new double[flags.length];
        for (int i = 0; i < flags.length; i++) {
            t[i] = flags[i];
        }
        double[] y = NumericColumns.vector(table, outcome, "outcome");
        double[] omegaValues = NumericColumns.vector(table, omega, "omega");
        try {
            new TrialData(x, t, y, propensity);
        } catch (DataFormatException invalid) {
            throw new DataFormatException(table.sourceName() + ": " + invalid.getMessage(),
                    invalid);
        }

        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> x[i][0]));
        double[][] points = new double[x.length][];
        double[] omegaAtPoints = new double[x.length];
        for (int k = 0; k < order.length; k++) {
            points[k] = x[order[k]];
            omegaAtPoints[k] = omegaValues[order[k]];
        }
        return new ObsExpDataset(table.sourceName(), covariates, x, t, y, propensity,
                "column '" + omega + "' of " + table.sourceName(), omegaValues, points,
                omegaAtPoints, null);
    }
}
