package org.causalworkbench.estimators.repr.contrastive;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A fitted outcome model mu(x, r) from {@link OutcomeModelTraining}.
 *
 * <p><strong>Thread safety.</strong> Not thread-safe.
 */
public final class OutcomeModel {

    private final ColumnScaling scaling;
    private final DenseNetwork network;
    private final double outcomeMean;
    private final double outcomeSd;

    OutcomeModel(ColumnScaling scaling, DenseNetwork network, double outcomeMean,
            double outcomeSd) {
        this.scaling = scaling;
        this.network = network;
        this.outcomeMean = outcomeMean;
        this.outcomeSd = outcomeSd;
    }

    /**
     * Returns mu(x<sub>i</sub>, r<sub>i</sub>) for every row.
     *
     * @param covariates m x p covariates. Not modified.
     * @param representation m x d representations. Not modified.
     */
    public double[] predict(DMatrixRMaj covariates, DMatrixRMaj representation) {
        DMatrixRMaj out = network.apply(scaling.apply(join(covariates, representation)));
        double[] predictions = new double[out.numRows];
        for (int i = 0; i < predictions.length; i++) {
            predictions[i] = outcomeMean + outcomeSd * out.data[i];
        }
        return predictions;
    }

    /**
     * Returns tau&#770;<sub>i</sub> = mu(x<sub>i</sub>, r<sub>i</sub>) - mu(x<sub>i</sub>,
     * r'<sub>i</sub>) for every row.
     */
    public double[] effects(DMatrixRMaj covariates, DMatrixRMaj representation,
            DMatrixRMaj referenceRepresentation) {
        double[] treated = predict(covariates, representation);
        double[] reference = predict(covariates, referenceRepresentation);
        for (int i = 0; i < treated.length; i++) {
            treated[i] -= reference[i];
        }
        return treated;
    }

    static DMatrixRMaj join(DMatrixRMaj covariates, DMatrixRMaj representation) {
        if (covariates.numRows != representation.numRows) {
            throw new IllegalArgumentException("covariates have " + covariates.numRows
                    + " rows but representations " + representation.numRows);
        }
        DMatrixRMaj joined = new DMatrixRMaj(covariates.numRows,
                covariates.numCols + representation.numCols);
        CommonOps_DDRM.insert(covariates, joined, 0, 0);
        CommonOps_DDRM.insert(representation, joined, 0, covariates.numCols);
        return joined;
    }
}
