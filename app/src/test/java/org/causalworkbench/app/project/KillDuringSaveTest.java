package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that keeps saving a project, at random moments, and checks that the file
 * always opens with the content of a complete save.
 */
class KillDuringSaveTest {

    @TempDir
    Path folder;

    private static void readSaves(Process process, AtomicInteger lastPrinted) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(
                process.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("saved ")) {
                    lastPrinted.set(Integer.parseInt(line.substring(6)));
                }
            }
        } catch (IOException closed) {
            // The kill closes the pipe; the saves read so far are what counts.
        }
    }

    @Test
    void killedSaveLeavesPreviousProjectIntact() throws Exception {
        Path target = folder.resolve("killed.cwproj");
        Random random = new Random(20261204);
        int lastSeen = 0;
        for (int round = 0; round < 6; round++) {
            Process process = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), target.toString(),
                    Integer.toString(lastSeen + 1))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            AtomicInteger lastPrinted = new AtomicInteger(-1);
            Thread reader = new Thread(() -> readSaves(process, lastPrinted));
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastPrinted.get() < 0 && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(lastPrinted.get() > 0, "the save loop never completed a save");
            // Saves take tens of milliseconds; a random pause lands the kill at various points.
            Thread.sleep(random.nextInt(120));
            int completedBeforeKill = lastPrinted.get();
            process.destroyForcibly();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            reader.join(10_000);

            ProjectDocument opened = ProjectFiles.open(target);

            int iteration = opened.analyses().get(0).configuration().get("iteration").asInt();
            // A save announced before the kill must never be lost; a later one may have
            // completed its rename just before the kill.
            assertTrue(iteration >= completedBeforeKill, "round " + round + ": file has save "
                    + iteration + " but save " + completedBeforeKill + " had completed");
            String text = opened.data().get(0).text();
            assertEquals(Integer.toString(iteration), text.substring(0, text.indexOf('\n')));
            char filler = (char) ('a' + iteration % 26);
            assertEquals(filler, text.charAt(text.length() - 1));
            assertEquals(filler, text.charAt(text.length() / 2));
            assertEquals(List.of(), opened.unavailableData());
            lastSeen = iteration;
        }
    }
}
