package org.causalworkbench.estimators.repr.recommender;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KuaiRandImporterTest {

    private static final String HEADER = "user_id,video_id,date,is_click,is_like,tab\n";

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void read_keepsFirstUsersOfRandomLog() throws IOException {
        Path random = write("random.csv", HEADER
                + "7,100,20220422,1,0,1\n"
                + "3,101,20220422,0,0,1\n"
                + "9,100,20220423,0,0,2\n"
                + "7,102,20220423,0,0,1\n");
        Path standard = write("standard.csv", "is_click,video_id,user_id\n"
                + "1,103,3\n"
                + "0,104,9\n"
                + "0,100,7\n");

        KuaiRandData data = KuaiRandImporter.read(standard, random, 2, CancellationToken.NEVER);

        assertArrayEquals(new long[] {7, 3}, data.userIds());
        assertArrayEquals(new int[] {0, 1, 0}, data.random().userIndex());
        assertArrayEquals(new double[] {1, 0, 0}, data.random().clicks());
        assertArrayEquals(new int[] {1, 0}, data.standard().userIndex());
        assertArrayEquals(new double[] {1, 0}, data.standard().clicks());
        assertArrayEquals(new long[] {100, 101, 102, 103}, data.itemIds());
        assertArrayEquals(new int[] {3, 0}, data.standard().itemIndex());
    }

    @Test
    void read_subsetLargerThanUsersKeepsAll() throws IOException {
        Path random = write("random.csv", HEADER + "1,5,20220422,1,0,1\n2,6,20220422,0,0,1");
        Path standard = write("standard.csv", HEADER + "2,5,20220410,1,0,1\n");

        KuaiRandData data = KuaiRandImporter.read(standard, random, 50, CancellationToken.NEVER);

        assertEquals(2, data.userIds().length);
        assertEquals(2, data.random().size());
        assertEquals(1, data.standard().size());
    }

    @Test
    void read_sameFileTwiceIsRejected() throws IOException {
        Path log = write("log_standard.csv", HEADER + "1,5,20220422,1,0,1\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KuaiRandImporter.read(log, folder.resolve(".").resolve("log_standard.csv"),
                        10, CancellationToken.NEVER));

        assertEquals("the standard and the random-exposure log are the same file, " + log
                + "; choose the random-exposure log (log_random_...) as the second file",
                error.getMessage());
    }

    @Test
    void read_malformedIdNamesFileLineAndColumn() throws IOException {
        Path random = write("random.csv", HEADER + "1,5,20220422,1,0,1\n");
        Path standard = write("standard.csv", HEADER
                + "1,5,20220410,1,0,1\n"
                + "1,5,20220410,0,0,1\n"
                + "1,x5,20220410,1,0,1\n");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> KuaiRandImporter.read(standard, random, 10, CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("standard.csv, line 4, column 'video_id'"),
                error.getMessage());
        assertTrue(error.getMessage().contains("'x5' is not an integer id"), error.getMessage());
    }

    @Test
    void read_clickOutsideZeroOneIsRejected() throws IOException {
        Path random = write("random.csv", HEADER + "1,5,20220422,2,0,1\n");
        Path standard = write("standard.csv", HEADER);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> KuaiRandImporter.read(standard, random, 10, CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("random.csv, line 2, column 'is_click': '2' is"
                + " not 0 or 1"), error.getMessage());
    }

    @Test
    void read_shortRowAndEmptyLineAreRejected() throws IOException {
        Path random = write("random.csv", HEADER + "1,5,20220422,1,0,1\n1,5\n");
        Path blank = write("blank.csv", HEADER + "1,5,20220422,1,0,1\n\n2,5,20220422,1,0,1\n");
        Path standard = write("standard.csv", HEADER);

        DataFormatException shortRow = assertThrows(DataFormatException.class,
                () -> KuaiRandImporter.read(standard, random, 10, CancellationToken.NEVER));
        DataFormatException emptyLine = assertThrows(DataFormatException.class,
                () -> KuaiRandImporter.read(standard, blank, 10, CancellationToken.NEVER));

        assertTrue(shortRow.getMessage().contains("random.csv, line 3: expected 6 fields as in"
                + " the header but found 2"), shortRow.getMessage());
        assertTrue(emptyLine.getMessage().contains("blank.csv, line 3:"), emptyLine.getMessage());
    }

    @Test
    void read_missingColumnNamesIt() throws IOException {
        Path random = write("random.csv", "user_id,video_id,date\n1,5,20220422\n");
        Path standard = write("standard.csv", HEADER);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> KuaiRandImporter.read(standard, random, 10, CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("random.csv, line 1: the header has no column"
                + " 'is_click'"), error.getMessage());
    }

    @Test
    void read_rejectsEmptySubset() {
        assertThrows(IllegalArgumentException.class, () -> KuaiRandImporter.read(
                folder.resolve("a.csv"), folder.resolve("b.csv"), 0, CancellationToken.NEVER));
    }
}
