package org.causalworkbench.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.graph.UnitIds;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.PropensityModel;
import org.causalworkbench.estimators.interference.SignatureBuilder;

/**
 * Builds the signature chosen with {@code --signature} for the {@code tace} command.
 */
final class TaceSignatures {

    /** Resolution of inverse-distance values once they are stored as exact fractions. */
    static final long CONTINUOUS_RESOLUTION = 1_000_000_000L;

    private TaceSignatures() {
    }

    /**
     * Computes the signature per unit.
     *
     * @param kind the --signature value
     * @param neighbours neighbour indices per unit row from --graph or --groups
     * @param groupLabels group label per unit row, or {@code null} without --groups
     * @param ids unit ids in row order, to match the rows of a distance matrix
     * @param isolatedPolicy the signature of units without neighbours in a fraction
     */
    static ExactFraction[] build(String kind, Options options, int[] treatment,
            int[][] neighbours, List<String> groupLabels, List<String> ids,
            IsolatedUnitPolicy isolatedPolicy) {
        SignatureBuilder builder = SignatureBuilder.withDefaults()
                .withIsolatedUnitPolicy(isolatedPolicy);
        for (String option : List.of("--distances", "--power")) {
            if (!kind.equals("inverse-distance") && options.get(option).isPresent()) {
                throw new IllegalArgumentException(option + " is read only with --signature"
                        + " inverse-distance; drop it or change the signature");
            }
        }
        return switch (kind) {
            case "group-fraction" -> {
                if (groupLabels == null) {
                    throw new IllegalArgumentException("--signature group-fraction needs"
                            + " --groups; with --graph use neighbour-fraction or count");
                }
                yield builder.groupFraction(groupLabels, treatment);
            }
            case "neighbour-fraction" -> builder.adjacentFraction(neighbours, treatment);
            case "count" -> builder.treatedNeighbourCount(neighbours, treatment);
            case "inverse-distance" -> inverseDistance(options, treatment, ids);
            default -> throw new IllegalArgumentException("--signature '" + kind + "' is not"
                    + " one of group-fraction, neighbour-fraction, count, inverse-distance");
        };
    }

    private static ExactFraction[] inverseDistance(Options options, int[] treatment,
            List<String> ids) {
        if (options.get("--distances").isEmpty()) {
            String graphHint = options.get("--graph").isPresent()
                    ? "; the edge weights of --graph are not read as distances, so write the"
                    + " distances between all pairs of units to a square CSV matrix (first"
                    + " column and header list the unit ids, diagonal 0) and pass it"
                    : "";
            throw new IllegalArgumentException("--signature inverse-distance needs --distances"
                    + " FILE, a square CSV matrix of distances between units" + graphHint);
        }
        Path file = Path.of(options.get("--distances").get());
        DistanceMatrix matrix = DistanceMatrix.read(CsvTable.read(file), ids);
        double power = options.get("--power").map(text -> Options.number("--power", text,
                "give a positive exponent such as 2")).orElse(2.0);
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException("--power " + power + " is not a positive finite"
                    + " number; give an exponent such as 2");
        }
        double[][] distances = new double[ids.size()][ids.size()];
        for (int row = 0; row < ids.size(); row++) {
            for (int column = 0; column < ids.size(); column++) {
                distances[row][column] = matrix.distance(row, column);
            }
        }
        rejectUnrepresentableWeights(distances, power, ids);
        double[] values = SignatureBuilder.withDefaults()
                .inverseDistance(distances, treatment, power);
        return SignatureBuilder.rounded(values, CONTINUOUS_RESOLUTION);
    }

    /**
     * Rejects inverse-distance weights d^-P that overflow, or that underflow to 0 for every
     * other unit. The message names unit ids, because the estimator reports only rows.
     */
    private static void rejectUnrepresentableWeights(double[][] distances, double power,
            List<String> ids) {
        for (int row = 0; row < distances.length; row++) {
            double total = 0;
            for (int column = 0; column < distances.length; column++) {
                if (column == row) {
                    continue;
                }
                double weight = Math.pow(distances[row][column], -power);
                if (Double.isInfinite(weight)) {
                    throw new IllegalArgumentException("--distances: the weight d^-" + power
                            + " of distance " + distances[row][column] + " between '"
                            + UnitIds.shown(ids.get(row)) + "' and '"
                            + UnitIds.shown(ids.get(column)) + "' overflows; rescale the"
                            + " distances to larger units (for example multiply them by 1000)"
                            + " or give a smaller --power");
                }
                total += weight;
            }
            if (distances.length > 1 && (total == 0 || Double.isInfinite(total))) {
                throw new IllegalArgumentException("--distances: the weights d^-" + power
                        + " of unit '" + UnitIds.shown(ids.get(row)) + "' "
                        + (total == 0 ? "underflow to 0" : "sum to an overflow")
                        + ", so its signature is undefined; give a smaller --power, or rescale"
                        + " the distances so that typical distances are near 1");
            }
        }
    }

    /**
     * Rejects signature values outside [0, 1] with binned propensities, because the bins cover
     * only that range; counts above 1 need cell or logistic propensities.
     */
    static void rejectOutsideBins(ExactFraction[] signature, PropensityModel model, String kind,
            List<String> ids) {
        if (model.kind() != PropensityModel.Kind.BINS) {
            return;
        }
        for (int row = 0; row < signature.length; row++) {
            if (signature[row] == null) {
                continue;
            }
            double value = signature[row].doubleValue();
            if (value < 0 || value > 1) {
                throw new IllegalArgumentException("--propensity " + model + " bins signatures"
                        + " in [0, 1], but --signature " + kind + " gives unit '"
                        + UnitIds.shown(ids.get(row)) + "' the value " + signature[row]
                        + "; use --propensity cells or logistic, or a fraction signature such"
                        + " as neighbour-fraction");
            }
        }
    }
}
