package org.causalworkbench.estimators.data;

import java.util.Objects;
import java.util.Optional;

/**
 * Column roles that turn a long table into a panel: the columns of the unit name, the time, the
 * outcome and, optionally, the treatment flag.
 *
 * @param unitColumn the column naming each unit, for example {@code state}
 * @param timeColumn the numeric time column, for example {@code year}
 * @param outcomeColumn the numeric outcome column
 * @param treatmentColumn the boolean treatment column, or {@code null} when the data has none
 */
public record PanelSpec(String unitColumn, String timeColumn, String outcomeColumn,
        String treatmentColumn) {

    /** Checks that the three required roles are named. */
    public PanelSpec {
        Objects.requireNonNull(unitColumn, "unitColumn");
        Objects.requireNonNull(timeColumn, "timeColumn");
        Objects.requireNonNull(outcomeColumn, "outcomeColumn");
    }

    /** Returns the treatment column, when the data has one. */
    public Optional<String> treatment() {
        return Optional.ofNullable(treatmentColumn);
    }
}
