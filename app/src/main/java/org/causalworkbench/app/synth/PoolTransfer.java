package org.causalworkbench.app.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.io.AtomicFiles;

/** Reads and writes the donor-pool editor's files and words the messages about them. */
final class PoolTransfer {

    /**
     * The decisions of a pool file, split by whether their unit is a candidate donor here.
     *
     * @param known decisions on candidate donors, in file order
     * @param unknown units of the file that are not candidate donors
     */
    record Import(List<DonorDecision> known, Set<String> unknown) {
    }

    private PoolTransfer() {
    }

    /** Writes the decisions atomically and returns a message for the user. */
    static String exportPool(List<DonorDecision> decisions, Path target) {
        try {
            DonorPoolFile.write(target, decisions);
            return "Saved " + decisions.size() + " donor decisions to " + target + ".";
        } catch (IOException failed) {
            return "Could not save the pool to " + target + ": " + failed.getMessage()
                    + ". Choose another folder.";
        }
    }

    /**
     * Reads a pool file and splits its decisions by whether their unit is a candidate.
     *
     * @throws DataFormatException if the file is unreadable or malformed
     */
    static Import read(Path source, Collection<String> candidates) {
        List<DonorDecision> known = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (DonorDecision decision : DonorPoolFile.read(source)) {
            if (candidates.contains(decision.unit())) {
                known.add(decision);
            } else {
                unknown.add(decision.unit());
            }
        }
        return new Import(known, unknown);
    }

    /** Words the outcome of an import, naming every unit that was not applied. */
    static String describe(Import read, Path source, int poolSize) {
        int applied = read.known().size();
        int total = applied + read.unknown().size();
        String message = "Read " + source.getFileName() + ": applied " + applied + " of "
                + total + " decisions.";
        if (!read.unknown().isEmpty()) {
            message += " Not candidate donors here (not in the data, or the treated unit), so"
                    + " ignored: " + String.join(", ", read.unknown()) + ".";
        }
        int untouched = poolSize - applied;
        if (untouched > 0) {
            message += " " + untouched + " donor(s) not in the file keep their decision.";
        }
        return message;
    }

    /** Writes the audit log as CSV (time, source, unit, action, reason) atomically. */
    static String exportAudit(List<AuditEntry> audit, Path target) {
        StringBuilder csv = new StringBuilder("time,source,unit,action,reason\n");
        for (AuditEntry entry : audit) {
            csv.append(entry.time()).append(',').append(entry.source()).append(',')
                    .append(quote(entry.unit())).append(',').append(quote(entry.action()))
                    .append(',').append(quote(entry.reason())).append('\n');
        }
        try {
            AtomicFiles.write(target, csv.toString().getBytes(StandardCharsets.UTF_8));
            return "Saved " + audit.size() + " audit entries to " + target + ".";
        } catch (IOException failed) {
            return "Could not save the audit log to " + target + ": " + failed.getMessage()
                    + ". Choose another folder.";
        }
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
