package org.causalworkbench.estimators.repr.recommender;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Reads a user's own copy of the KuaiRand-Pure interaction logs (Gao et al. (2022), CIKM,
 * "KuaiRand: An Unbiased Sequential Recommendation Dataset with Randomly Exposed Videos";
 * CC BY-SA 4.0). The data are never bundled.
 *
 * <p>Both files are comma-separated with a header row, as in the released
 * {@code log_standard_4_22_to_5_08_pure.csv} and {@code log_random_4_22_to_5_08_pure.csv}.
 * Columns are found by header name, so their order and any extra columns do not matter. The
 * importer needs {@code user_id} and {@code video_id} (integer ids) and {@code is_click} (0 or
 * 1). Every row of both files is checked, including rows of users outside the subset.
 *
 * <p>The subset is the first {@code maxUsers} distinct users in the order they appear in the
 * random-exposure file, so that every kept user has random-exposure rows.
 */
public final class KuaiRandImporter {

    static final String USER_COLUMN = "user_id";
    static final String ITEM_COLUMN = "video_id";
    static final String CLICK_COLUMN = "is_click";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).get();

    private KuaiRandImporter() {
    }

    /**
     * Imports the logs of up to {@code maxUsers} users.
     *
     * @param standardLog the standard-policy log file
     * @param randomLog the random-exposure log file
     * @param maxUsers the size of the user subset, at least 1
     * @param cancellation checked every 10,000 rows
     * @throws DataFormatException naming the file, line and column of a malformed row, or the
     *     file and the missing column of an incomplete header
     * @throws IOException if a file cannot be read
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static KuaiRandData read(Path standardLog, Path randomLog, int maxUsers,
            CancellationToken cancellation) throws IOException {
        return read(standardLog, randomLog, maxUsers, ProgressSink.NONE, cancellation);
    }

    /**
     * Imports the logs of up to {@code maxUsers} users and reports progress as bytes read over
     * the size of both files. Every row of both files is read, so the time does not shrink
     * with the subset.
     *
     * @param standardLog the standard-policy log file
     * @param randomLog the random-exposure log file
     * @param maxUsers the size of the user subset, at least 1
     * @param progress receives bytes read every 10,000 rows and a message per file
     * @param cancellation checked every 10,000 rows
     * @throws DataFormatException naming the file, line and column of a malformed row, or the
     *     file and the missing column of an incomplete header
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if both paths name the same file
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static KuaiRandData read(Path standardLog, Path randomLog, int maxUsers,
            ProgressSink progress, CancellationToken cancellation) throws IOException {
        if (maxUsers < 1) {
            throw new IllegalArgumentException("the KuaiRand subset needs at least 1 user, got "
                    + maxUsers);
        }
        if (Files.exists(standardLog) && Files.exists(randomLog)
                && Files.isSameFile(standardLog, randomLog)) {
            // The shifted test would then be the training log, and every gain would vanish.
            throw new IllegalArgumentException("the standard and the random-exposure log are"
                    + " the same file, " + standardLog + "; choose the random-exposure log"
                    + " (log_random_...) as the second file");
        }
        Map<Long, Integer> users = new LinkedHashMap<>();
        Map<Long, Integer> items = new LinkedHashMap<>();
        long totalBytes = Files.size(randomLog) + Files.size(standardLog);
        progress.message("Reading the random-exposure log " + randomLog.getFileName());
        KuaiRandLog random = readLog(randomLog, users, items, maxUsers, true,
                new ByteProgress(progress, 0, totalBytes), cancellation);
        progress.message("Reading the standard log " + standardLog.getFileName());
        KuaiRandLog standard = readLog(standardLog, users, items, maxUsers, false,
                new ByteProgress(progress, Files.size(randomLog), totalBytes), cancellation);
        return new KuaiRandData(keys(users), keys(items), standard, random);
    }

    private static KuaiRandLog readLog(Path file, Map<Long, Integer> users,
            Map<Long, Integer> items, int maxUsers, boolean admitsUsers, ByteProgress progress,
            CancellationToken cancellation) throws IOException {
        List<int[]> pairs = new ArrayList<>();
        List<Double> clicks = new ArrayList<>();
        try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
                Reader reader = new BufferedReader(new InputStreamReader(bytes,
                        StandardCharsets.UTF_8));
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Map<String, Integer> header = parser.getHeaderMap();
            int fields = header.size();
            int userColumn = column(header, USER_COLUMN, file);
            int itemColumn = column(header, ITEM_COLUMN, file);
            int clickColumn = column(header, CLICK_COLUMN, file);
            for (CSVRecord record : parser) {
                // Empty lines are kept as records, so the header is line 1 and record k is on
                // line k + 1 unless a quoted field spans lines.
                long line = record.getRecordNumber() + 1;
                if (line % 10_000 == 0) {
                    cancellation.throwIfCancellationRequested();
                    progress.report(bytes.count());
                }
                if (record.size() != fields) {
                    throw new DataFormatException(file + ", line " + line + ": expected "
                            + fields + " fields as in the header but found " + record.size()
                            + "; repair or remove the line");
                }
                long user = id(record, userColumn, USER_COLUMN, file, line);
                long item = id(record, itemColumn, ITEM_COLUMN, file, line);
                double click = click(record, clickColumn, file, line);
                Integer userIndex = users.get(user);
                if (userIndex == null && admitsUsers && users.size() < maxUsers) {
                    userIndex = users.size();
                    users.put(user, userIndex);
                }
                if (userIndex == null) {
                    continue;
                }
                Integer itemIndex = items.computeIfAbsent(item, key -> items.size());
                pairs.add(new int[] {userIndex, itemIndex});
                clicks.add(click);
            }
        } catch (DataFormatException malformed) {
            throw malformed;
        } catch (CancellationException stopped) {
            // An IllegalStateException too, so it must pass before the parser errors below.
            throw stopped;
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException parse) {
            // commons-csv reports bad quoting and duplicate header names with these types.
            throw new DataFormatException(file + " is not a readable CSV file: "
                    + parse.getMessage() + "; check the quoting and the encoding (UTF-8)", parse);
        }
        int[] userIndex = new int[pairs.size()];
        int[] itemIndex = new int[pairs.size()];
        double[] clickValues = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            userIndex[i] = pairs.get(i)[0];
            itemIndex[i] = pairs.get(i)[1];
            clickValues[i] = clicks.get(i);
        }
        return new KuaiRandLog(userIndex, itemIndex, clickValues);
    }

    private static int column(Map<String, Integer> header, String name, Path file) {
        Integer index = header == null ? null : header.get(name);
        if (index == null) {
            throw new DataFormatException(file + ", line 1: the header has no column '" + name
                    + "' (found " + (header == null ? "no header" : header.keySet())
                    + "); export the KuaiRand log with its original header");
        }
        return index;
    }

    private static long id(CSVRecord record, int column, String name, Path file, long line) {
        String text = record.get(column);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notInteger) {
            throw new DataFormatException(file + ", line " + line + ", column '" + name
                    + "': '" + text + "' is not an integer id; repair or remove the line");
        }
    }

    private static double click(CSVRecord record, int column, Path file, long line) {
        String text = record.get(column);
        if (text.equals("0") || text.equals("1")) {
            return Double.parseDouble(text);
        }
        throw new DataFormatException(file + ", line " + line + ", column '" + CLICK_COLUMN
                + "': '" + text + "' is not 0 or 1; repair or remove the line");
    }

    private static long[] keys(Map<Long, Integer> index) {
        long[] out = new long[index.size()];
        for (Map.Entry<Long, Integer> entry : index.entrySet()) {
            out[entry.getValue()] = entry.getKey();
        }
        return out;
    }

    /** Maps the bytes read of one file onto both files. */
    private record ByteProgress(ProgressSink target, long offset, long total) {
        void report(long bytesRead) {
            target.progress(Math.min(total, offset + bytesRead), total);
        }
    }

    /** Counts the bytes read through it; the reader's buffer makes the count run ahead. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
