package org.causalworkbench.app.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.causalworkbench.estimators.data.ColumnType;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.ImportDetection;
import org.causalworkbench.estimators.data.ImportReader;
import org.causalworkbench.estimators.data.ImportSettings;
import org.causalworkbench.estimators.data.ImportSummary;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.data.TreatmentProposal;

/**
 * Holds the import wizard's state: the settings, the raw table they read, the panel roles and
 * the summary of what importing will do. Every change to a setting rereads or re-summarises at
 * once, so the view only binds to properties and calls setters.
 *
 * <p>NOTE: rereading and summarising run on the calling thread, which is the FX thread in the
 * wizard. That is quick for files of some thousand rows; a large file would need a background
 * task.
 */
public final class ImportWizardViewModel {

    /** The role choice meaning "the file has no treatment column". */
    public static final String NO_TREATMENT = "(none)";

    /** The marker the preview shows in place of a missing cell. */
    public static final String MISSING_MARKER = "NA";

    /**
     * The wizard's result.
     *
     * @param panel the panel
     * @param proposal the treated unit and time read from the treatment flags, if any
     * @param table the imported table, with missing cells empty and left-out columns dropped
     * @param settings the settings the table was read with, for the project file
     */
    public record Imported(Panel panel, Optional<TreatmentProposal> proposal, CsvTable table,
            ImportSettings settings) {
    }

    private final Path file;
    private final ReadOnlyObjectWrapper<ImportSettings> settings;
    private final ReadOnlyObjectWrapper<CsvTable> raw = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> keptColumns = FXCollections.observableArrayList();
    private final StringProperty unit = new SimpleStringProperty();
    private final StringProperty time = new SimpleStringProperty();
    private final StringProperty outcome = new SimpleStringProperty();
    private final StringProperty treatment = new SimpleStringProperty();
    private final String indexCandidate;

    /**
     * Creates the view model with settings given, for example from a project file.
     *
     * @param file the file
     * @param initial the settings to start from
     */
    public ImportWizardViewModel(Path file, ImportSettings initial) {
        this.file = file;
        this.settings = new ReadOnlyObjectWrapper<>(initial);
        reread();
        CsvTable table = raw.get();
        indexCandidate = table == null ? null : table.columns().get(0);
        for (StringProperty role : List.of(unit, time, outcome, treatment)) {
            role.addListener((obs, old, now) -> summarise());
        }
        summarise();
    }

    /**
     * Detects the settings of a file and creates the view model on them.
     *
     * @param file the file
     * @return the view model
     * @throws DataFormatException if the file cannot be read at all
     */
    public static ImportWizardViewModel detect(Path file) {
        return new ImportWizardViewModel(file, ImportDetection.detect(file));
    }

    /** Returns the file. */
    public Path file() {
        return file;
    }

    /** Returns the current settings. */
    public ReadOnlyObjectProperty<ImportSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Returns the table as read under the current settings, null when reading failed. */
    public ReadOnlyObjectProperty<CsvTable> rawProperty() {
        return raw.getReadOnlyProperty();
    }

    /** Returns why the file cannot be read under the current settings, empty when it can. */
    public ReadOnlyStringProperty readErrorProperty() {
        return readError.getReadOnlyProperty();
    }

    /** Returns the summary in sentences, one per line. */
    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** Returns the summary, null while the file cannot be read. */
    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Returns the columns the import keeps, the choices for the roles. */
    public ObservableList<String> keptColumns() {
        return FXCollections.unmodifiableObservableList(keptColumns);
    }

    /** Returns the unit role. */
    public StringProperty unitProperty() {
        return unit;
    }

    /** Returns the time role. */
    public StringProperty timeProperty() {
        return time;
    }

    /** Returns the outcome role. */
    public StringProperty outcomeProperty() {
        return outcome;
    }

    /** Returns the treatment role, {@link #NO_TREATMENT} for none. */
    public StringProperty treatmentProperty() {
        return treatment;
    }

    /** Sets the encoding by Java charset name and rereads the file. */
    public void setCharset(String charset) {
        update(settings.get().withCharset(charset), true);
    }

    /** Sets the delimiter and rereads the file. */
    public void setDelimiter(char delimiter) {
        ImportSettings current = settings.get();
        char decimal = delimiter == ',' ? '.' : current.decimalSeparator();
        update(current.withDecimalSeparator(decimal).withDelimiter(delimiter), true);
    }

    /** Sets the decimal separator. */
    public void setDecimalSeparator(char separator) {
        update(settings.get().withDecimalSeparator(separator), false);
    }

    /** Sets whether the first row is the header, and rereads the file. */
    public void setHeaderRow(boolean headerRow) {
        update(settings.get().withHeaderRow(headerRow), true);
    }

    /** Returns whether the first column can be the index: the file has more than one column. */
    public boolean hasIndexCandidate() {
        return indexCandidate != null && raw.get() != null && raw.get().columns().size() > 1;
    }

    /** Leaves the first column out as a row index, or keeps it as data. */
    public void setFirstColumnIndex(boolean index) {
        update(settings.get().withIndexColumn(index ? raw.get().columns().get(0) : null), false);
    }

    /** Sets one column's type. */
    public void setColumnType(String column, ColumnType type) {
        update(settings.get().withColumnType(column, type), false);
    }

    /** Ignores one column or keeps it. */
    public void setIgnored(String column, boolean ignored) {
        update(settings.get().withColumnIgnored(column, ignored), false);
    }

    /** Sets the file-wide missing codes from text such as {@code NA, ., #NULL!}. */
    public void setFileMissingCodes(String text) {
        update(settings.get().withMissingCodes(parseCodes(text)), false);
    }

    /** Sets one column's missing codes from text such as {@code 999, -9}. */
    public void setColumnMissingCodes(String column, String text) {
        update(settings.get().withColumnMissingCodes(column, parseCodes(text)), false);
    }

    /** Returns codes as the text fields show them, separated by a comma and a space. */
    public static String formatCodes(List<String> codes) {
        return String.join(", ", codes);
    }

    /** Splits code text at commas. A blank cell is always missing, so blanks are dropped. */
    public static List<String> parseCodes(String text) {
        List<String> codes = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        return codes;
    }

    /**
     * Checks code text before it is applied.
     *
     * @param text the text of a codes field
     * @return why the text is invalid, or empty when it is valid
     */
    public Optional<String> checkCodes(String text) {
        String delimiter = String.valueOf(settings.get().delimiter());
        for (String code : parseCodes(text)) {
            if (code.contains(delimiter) && settings.get().delimiter() != ',') {
                return Optional.of("Code '" + code + "' contains the delimiter, so no cell can"
                        + " equal it; remove it.");
            }
        }
        return Optional.empty();
    }

    /**
     * Checks that the roles name distinct columns.
     *
     * @return why the roles are invalid, or empty when they are valid
     */
    public Optional<String> checkRoles() {
        List<String> chosen = new ArrayList<>();
        for (String role : List.of(nullToEmpty(unit.get()), nullToEmpty(time.get()),
                nullToEmpty(outcome.get()))) {
            if (role.isEmpty()) {
                return Optional.of("Choose a column for the unit, the time and the outcome.");
            }
            chosen.add(role);
        }
        if (!NO_TREATMENT.equals(treatment.get()) && treatment.get() != null) {
            chosen.add(treatment.get());
        }
        if (chosen.stream().distinct().count() < chosen.size()) {
            return Optional.of("Each role needs its own column; the same column is chosen"
                    + " twice.");
        }
        return Optional.empty();
    }

    /** Returns whether a cell of a column is missing under the current settings. */
    public boolean isMissing(String column, String cell) {
        return settings.get().isMissing(column, cell);
    }

    /** Returns the text the preview shows for a cell: the cell, or the missing marker. */
    public String displayed(String column, String cell) {
        return isMissing(column, cell) ? MISSING_MARKER : cell;
    }

    /** Returns the current panel roles, or null while a required role is unset. */
    public PanelSpec roles() {
        if (checkRoles().isPresent()) {
            return null;
        }
        String flag = NO_TREATMENT.equals(treatment.get()) ? null : treatment.get();
        return new PanelSpec(unit.get(), time.get(), outcome.get(), flag);
    }

    /**
     * Builds the panel from the current settings and roles.
     *
     * @return the result
     * @throws DataFormatException naming the file, line or column when the data or roles are
     *     invalid
     */
    public Imported finish() {
        if (raw.get() == null) {
            throw new DataFormatException(readError.get());
        }
        Optional<String> roleProblem = checkRoles();
        if (roleProblem.isPresent()) {
            throw new DataFormatException(file.getFileName() + ": " + roleProblem.get());
        }
        CsvTable table = ImportReader.apply(raw.get(), settings.get());
        Panel panel = PanelReader.build(table, roles());
        return new Imported(panel, TreatmentProposal.of(panel), table, settings.get());
    }

    private void update(ImportSettings next, boolean rereadFile) {
        settings.set(next);
        if (rereadFile) {
            reread();
        }
        refreshColumns();
        summarise();
    }

    private void reread() {
        try {
            CsvTable table = ImportReader.readRaw(file, settings.get());
            raw.set(table);
            readError.set("");
            ImportSettings current = settings.get();
            ImportSettings fitted = forgetAbsentColumns(current, table);
            settings.set(fitted);
        } catch (DataFormatException invalid) {
            raw.set(null);
            readError.set(invalid.getMessage());
        }
        refreshColumns();
    }

    /**
     * Drops settings of columns that a new delimiter or header choice removed, so that
     * {@link ImportReader#apply} does not reject them.
     */
    private static ImportSettings forgetAbsentColumns(ImportSettings current, CsvTable table) {
        ImportSettings fitted = current;
        java.util.Map<String, ColumnType> types = new java.util.LinkedHashMap<>();
        current.columnTypes().forEach((column, type) -> {
            if (table.findColumn(column).isPresent()) {
                types.put(column, type);
            }
        });
        fitted = fitted.withColumnTypes(types);
        for (String column : current.columnMissingCodes().keySet()) {
            if (table.findColumn(column).isEmpty()) {
                fitted = fitted.withColumnMissingCodes(column, List.of());
            }
        }
        List<String> ignored = current.ignoredColumns().stream()
                .filter(column -> table.findColumn(column).isPresent()).toList();
        fitted = fitted.withIgnoredColumns(ignored);
        if (current.index().isPresent() && table.findColumn(current.indexColumn()).isEmpty()) {
            fitted = fitted.withIndexColumn(null);
        }
        return fitted;
    }

    private void refreshColumns() {
        CsvTable table = raw.get();
        List<String> kept = new ArrayList<>();
        if (table != null) {
            for (String column : table.columns()) {
                if (!settings.get().isLeftOut(column)) {
                    kept.add(column);
                }
            }
        }
        if (!kept.equals(keptColumns)) {
            keptColumns.setAll(kept);
            guessRoles();
        }
    }

    private void guessRoles() {
        CsvTable table = raw.get();
        if (table == null || keptColumns.isEmpty()) {
            return;
        }
        PanelSpec guess;
        try {
            guess = ColumnRoles.guess(ImportReader.apply(table, settings.get()), settings.get());
        } catch (DataFormatException invalid) {
            return;
        }
        keepOrSet(unit, guess.unitColumn());
        keepOrSet(time, guess.timeColumn());
        keepOrSet(outcome, guess.outcomeColumn());
        boolean none = NO_TREATMENT.equals(treatment.get());
        if (!none && !keptColumns.contains(treatment.get())) {
            treatment.set(guess.treatment().orElse(NO_TREATMENT));
        }
    }

    private void keepOrSet(StringProperty role, String guess) {
        if (!keptColumns.contains(role.get())) {
            role.set(guess);
        }
    }

    private void summarise() {
        CsvTable table = raw.get();
        if (table == null) {
            summary.set(null);
            summaryText.set("Cannot read the file: " + readError.get());
            return;
        }
        ImportSummary next = ImportSummary.of(table, settings.get(), roles());
        summary.set(next);
        String text = next.describe();
        Optional<String> roleProblem = checkRoles();
        summaryText.set(roleProblem.map(problem -> problem + "\n" + text).orElse(text));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
