package org.causalworkbench.estimators.obsexp.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.causalworkbench.estimators.io.AtomicFiles;

/**
 * Writes generated samples and evaluation points as UTF-8 CSV files with a header row.
 *
 * <p>A sample file has the covariate columns, then T (0 or 1), Y and the true values tau, omega
 * and delta. An evaluation file has the covariate columns and tau, omega and delta. Numbers are
 * written with {@link Double#toString(double)}, which reads back to the same double, and lines
 * end with LF.
 *
 * <ul>
 *   <li>Each file is written to a temporary file in the target's folder and then moved over the
 *       target with an atomic replace, so readers see the old file or the complete new one.</li>
 *   <li>The temporary file is deleted if writing or moving fails.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> The class is stateless. Concurrent writes to the same
 * target leave one of the complete files.
 */
public final class SimulatedDataCsv {

    private static final List<String> SAMPLE_COLUMNS = List.of("T", "Y", "tau", "omega",
            "delta");
    private static final List<String> TRUTH_COLUMNS = List.of("tau", "omega", "delta");

    private SimulatedDataCsv() {
    }

    /**
     * Writes the RCT sample of a data set.
     *
     * @param target the file to create or replace
     * @param data the data set
     * @throws IOException if the folder is missing or the file cannot be written or moved
     */
    public static void writeExperimental(Path target, SimulatedData data) throws IOException {
        writeSample(target, data.covariateNames(), data.experimental());
    }

    /**
     * Writes a sample.
     *
     * @param target the file to create or replace
     * @param covariateNames one header name per covariate, none of them T, Y, tau, omega or delta
     * @param sample the sample
     * @throws IllegalArgumentException if the names do not fit the sample or repeat a name
     * @throws IOException if the folder is missing or the file cannot be written or moved
     */
    public static void writeSample(Path target, List<String> covariateNames,
            SimulatedSample sample) throws IOException {
        List<String> header = header(covariateNames, sample.dimension(), SAMPLE_COLUMNS);
        double[][] x = sample.covariates();
        int[] t = sample.treatments();
        double[] y = sample.outcomes();
        double[] tau = sample.trueTau();
        double[] omega = sample.trueOmega();
        double[] delta = sample.trueDelta();
        writeAtomically(target, header, printer -> {
            for (int i = 0; i < x.length; i++) {
                List<String> record = numbers(x[i]);
                record.add(Integer.toString(t[i]));
                record.add(Double.toString(y[i]));
                addTruth(record, tau[i], omega[i], delta[i]);
                printer.printRecord(record);
            }
        });
    }

    /**
     * Writes evaluation points.
     *
     * @param target the file to create or replace
     * @param covariateNames one header name per covariate, none of them tau, omega or delta
     * @param points the points
     * @throws IllegalArgumentException if the names do not fit the points or repeat a name
     * @throws IOException if the folder is missing or the file cannot be written or moved
     */
    public static void writeEvaluationPoints(Path target, List<String> covariateNames,
            EvaluationPoints points) throws IOException {
        List<String> header = header(covariateNames, points.dimension(), TRUTH_COLUMNS);
        double[][] x = points.covariates();
        double[] tau = points.trueTau();
        double[] omega = points.trueOmega();
        double[] delta = points.trueDelta();
        writeAtomically(target, header, printer -> {
            for (int i = 0; i < x.length; i++) {
                List<String> record = numbers(x[i]);
                addTruth(record, tau[i], omega[i], delta[i]);
                printer.printRecord(record);
            }
        });
    }

    private static List<String> header(List<String> covariateNames, int dimension,
            List<String> trailing) {
        if (covariateNames.size() != dimension) {
            throw new IllegalArgumentException(covariateNames.size() + " covariate names were"
                    + " given for " + dimension + " covariates; give one name each.");
        }
        List<String> header = new ArrayList<>(covariateNames);
        header.addAll(trailing);
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("the column name '" + name + "' appears"
                        + " twice in " + header + "; rename the covariate.");
            }
        }
        return header;
    }

    private static List<String> numbers(double[] values) {
        List<String> record = new ArrayList<>(values.length + SAMPLE_COLUMNS.size());
        for (double value : values) {
            record.add(Double.toString(value));
        }
        return record;
    }

    private static void addTruth(List<String> record, double tau, double omega, double delta) {
        record.add(Double.toString(tau));
        record.add(Double.toString(omega));
        record.add(Double.toString(delta));
    }

    private static void writeAtomically(Path target, List<String> header, RecordWriter body)
            throws IOException {
        StringBuilder text = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord(header);
            body.write(printer);
        }
        AtomicFiles.write(target, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Prints the data records of one file. */
    @FunctionalInterface
    private interface RecordWriter {
        void write(CSVPrinter printer) throws IOException;
    }
}
