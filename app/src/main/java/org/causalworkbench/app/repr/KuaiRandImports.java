package org.causalworkbench.app.repr;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.recommender.KuaiRandData;
import org.causalworkbench.estimators.repr.recommender.KuaiRandImporter;

/** Reads a KuaiRand request for the recommender panel and describes the imported subset. */
final class KuaiRandImports {

    private KuaiRandImports() {
    }

    /**
     * Imports the subset of {@code request}.
     *
     * @throws IllegalArgumentException naming the file, line and column of a malformed row,
     *     or the file that cannot be read, so that the panel shows it as a message
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    static KuaiRandData read(KuaiRandRequest request, ProgressSink progress,
            CancellationToken cancellation) {
        try {
            return KuaiRandImporter.read(request.standardLog(), request.randomLog(),
                    request.users(), progress, cancellation);
        } catch (NoSuchFileException missing) {
            throw new IllegalArgumentException(missing.getFile() + " was not found; choose"
                    + " the KuaiRand CSV log again", missing);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot read the KuaiRand logs: "
                    + unreadable.getMessage() + "; check that the files are readable",
                    unreadable);
        }
    }

    /** Returns one line with the subset's users, items, and rows and click rate per log. */
    static String summary(KuaiRandData data) {
        return String.format(Locale.ROOT, "KuaiRand subset: %,d users, %,d items; standard log"
                + " %,d interactions (click rate %.3f), random-exposure log %,d interactions"
                + " (click rate %.3f).", data.userIds().length, data.itemIds().length,
                data.standard().size(), data.standard().clickRate(), data.random().size(),
                data.random().clickRate());
    }
}
