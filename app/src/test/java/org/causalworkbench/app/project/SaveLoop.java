package org.causalworkbench.app.project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Saves a project over and over, for the test that kills a process in the middle of a save.
 * Each save embeds several megabytes, so a kill is likely to land inside one, and records its
 * iteration in the configuration so the test can tell complete saves apart.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    /**
     * Runs the loop until killed.
     *
     * @param args the target file and the first iteration number
     * @throws Exception if a save fails
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int iteration = Integer.parseInt(args[1]);
        byte[] filler = new byte[6 * 1024 * 1024];
        while (true) {
            Arrays.fill(filler, (byte) ('a' + iteration % 26));
            byte[] data = (iteration + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = Arrays.copyOf(data, data.length + filler.length);
            System.arraycopy(filler, 0, bytes, data.length, filler.length);
            DataSource source = DataSource.embedded("payload", "payload.csv", "text/csv", bytes);
            AnalysisEntry entry = new AnalysisEntry("loop", AnalysisType.SYNTHETIC_CONTROL,
                    List.of("payload"),
                    JsonValues.MAPPER.createObjectNode().put("iteration", iteration),
                    JsonValues.MAPPER.createObjectNode(), null, false);
            ProjectFiles.save(new ProjectDocument(ProjectKind.PROJECT, "Loop", "test",
                    Instant.now(), List.of(source), List.of(entry),
                    JsonValues.MAPPER.createObjectNode()), target, null);
            System.out.println("saved " + iteration);
            System.out.flush();
            iteration++;
        }
    }
}
