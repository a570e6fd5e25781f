package org.causalworkbench.estimators.data;

/**
 * The measurement type of a column, as the import wizard shows it and the user may override it.
 */
public enum ColumnType {
    /** Numbers on a scale, such as an outcome or a covariate. */
    CONTINUOUS,
    /** Two values, written as 0/1, true/false or yes/no, such as a treatment flag. */
    BINARY,
    /** Labels from a small set, such as a region code. */
    CATEGORICAL,
    /** A label unique to each row, such as a record number; never used as a value. */
    IDENTIFIER,
    /** Periods, such as years, period indices or dates. */
    TIME,
    /** The name of the panel unit each row belongs to, such as a state or country. */
    UNIT
}
