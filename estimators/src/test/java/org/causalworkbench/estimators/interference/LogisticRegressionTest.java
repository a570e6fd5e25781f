package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void fit_solvesScoreEquations_simulatedContexts() {
        ContextSimulation data = new ContextSimulation(3_000, 300, 21);
        int[] units = CellKeys.withSignature(data.signatures);
        SignatureDesign design =
                SignatureDesign.of(data.covariates, data.signatures, units, false, false);
        double[][] matrix = design.matrix(null, data.covariates, data.signatures, units);
        int[] columns = IndependentColumns.select(matrix);
        double[][] reduced = IndependentColumns.restrict(matrix, columns);
        int[] response = IntStream.of(units).map(i -> data.treatment[i]).toArray();

        LogisticRegression.Fit fit = LogisticRegression.fit(reduced, response, 100);

        // At the maximum of the likelihood X'(y - p) = 0 in every column.
        assertNotNull(fit);
        for (int j = 0; j < columns.length; j++) {
            double score = 0;
            for (int r = 0; r < reduced.length; r++) {
                score += reduced[r][j] * (response[r] - fit.fitted()[r]);
            }
            assertEquals(0.0, score, 1e-9, design.columnNames().get(columns[j]));
        }
        assertTrue(fit.iterations() < 20, "iterations " + fit.iterations());
    }

    @Test
    void interceptOnly_fitsTreatedShare() {
        double[][] design = {{1}, {1}, {1}, {1}, {1}};
        int[] response = {1, 0, 1, 1, 0};

        LogisticRegression.Fit fit = LogisticRegression.fit(design, response, 100);

        assertEquals(0.6, fit.fitted()[0], 1e-12);
        assertEquals(Math.log(0.6 / 0.4), fit.coefficients()[0], 1e-10);
    }

    @Test
    void design_namesDocumentedColumns() {
        List<String> covariates = List.of("a", "b", "a", "b");
        List<Signature> signatures = List.of(Signature.of(ExactFraction.ZERO),
                Signature.of(new ExactFraction(1, 2)), Signature.of(ExactFraction.of(1)),
                Signature.of(ExactFraction.ZERO));

        SignatureDesign design =
                SignatureDesign.of(covariates, signatures, new int[] {0, 1, 2, 3}, true, true);

        assertEquals(List.of("intercept", "T", "X[b]", "I1", "I1^2", "I1^3", "X[b] x I1",
                "X[b] x I1^2", "X[b] x I1^3", "T x X[b]", "T x I1", "T x I1^2", "T x I1^3"),
                design.columnNames());
        // Signature 1/2 is the middle of the observed range [0, 1], so it maps to 0.
        double[] row = design.row(1, "b", signatures.get(1));
        assertEquals(1.0, row[2], 0.0);
        assertEquals(0.0, row[3], 0.0);
        assertEquals(-1.0, design.row(0, "a", signatures.get(0))[3], 0.0);
    }
}
