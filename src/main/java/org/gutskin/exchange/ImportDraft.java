package org.gutskin.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.MealTagger;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.DayParts;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Limits;
import org.gutskin.journal.Settings;

/**
 * The plan of an import while its files are read: the days, habits, foods and phrases found so
 * far, what was read from where, and every problem, said the same way for every format:
 * {@code file:line: column: what is wrong}.
 */
final class ImportDraft {
    private final JournalImporter.Knowledge knowledge;
    /** The last day an import may bring: ten years ahead of today. */
    private final LocalDate latest;
    private final JournalImporter.Options options;
    private final Map<String, Habit> habits = new LinkedHashMap<>();
    private final Map<String, Habit> newHabits = new LinkedHashMap<>();
    private final List<Food> userFoods = new ArrayList<>();
    private final Map<String, String> phrases = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final NavigableSet<LocalDate> skippedDays = new TreeSet<>();
    private final Map<LocalDate, DayParts> days = new TreeMap<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int problemCount;
    private MealTagger tagger;
    private final ReadBudget budget = new ReadBudget();
    private int rowsRead;

    ImportDraft(JournalImporter.Knowledge knowledge, List<Habit> knownHabits, JournalImporter.Options options,
                LocalDate latest) {
        this.latest = latest;
        this.knowledge = knowledge;
        this.options = options;
        knownHabits.forEach(habit -> habits.put(habit.key(), habit));
    }

    JournalImporter.Options options() {
        return options;
    }

    /**
     * Reads every row of {@code file}, as it streams in, with {@code reader}; a row with a problem
     * is reported and left out. A file that cannot be read on (not UTF-8, broken quoting, over a
     * limit) is reported at the line where that happened, and its rows so far are kept.
     */
    void eachRow(CsvFile file, Consumer<CsvRow> reader) {
        long line = 0;
        try (Reader text = CsvText.utf8(budget.limit(file.opener().open()));
             CSVParser parser = CsvFile.FORMAT.parse(text)) {
            Map<String, Integer> columns = CsvRow.columns(file.header());
            line = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                line = lineOf(record, parser);
                CsvRow row = new CsvRow(file, record, line, columns);
                if (++rowsRead > ReadBudget.MAX_ROWS) {
                    problem(file.name(), line, "file", String.format(Locale.UK,
                            "the import holds more than %,d rows; import the files in parts", ReadBudget.MAX_ROWS));
                    return;
                }
                read(row, reader);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (CharacterCodingException e) {
            notUtf8(file);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                notUtf8(file);
            } else {
                problem(file.name(), Math.max(line, 1), "file", JournalImporter.unreadable(e));
            }
        } catch (IOException | IllegalStateException e) {
            problem(file.name(), Math.max(line, 1), "file", JournalImporter.unreadable(e));
        }
    }

    /**
     * The line a record starts on: the parser has counted the lines up to its end, blank lines it
     * skipped included, and the record's own line breaks (inside quoted cells) are taken off.
     */
    private static long lineOf(CSVRecord record, CSVParser parser) {
        long breaks = 0;
        for (String value : record.values()) {
            breaks += value.chars().filter(c -> c == '\n').count();
        }
        return parser.getCurrentLineNumber() - breaks;
    }

    /** A file that is not UTF-8, reported at the line of its first bytes that are not. */
    void notUtf8(CsvFile file) {
        try (InputStream in = new ReadBudget().limit(file.opener().open())) {
            CsvText.NotUtf8 where = CsvText.firstNotUtf8(in);
            problem(file.name(), where.line(), "file", where.message());
        } catch (IOException e) {
            problem(file.name(), 0, "file", CsvText.NOT_UTF8);
        }
    }

    private void read(CsvRow row, Consumer<CsvRow> reader) {
        try {
            reader.accept(row);
        } catch (RowProblem e) {
            problem(row.file().name(), row.line(), e.column(), e.getMessage());
        } catch (InvalidEntryException e) {
            problem(row.file().name(), row.line(), columnOf(e.field()), e.getMessage());
        } catch (IllegalArgumentException e) {
            problem(row.file().name(), row.line(), "row", e.getMessage());
        }
    }

    /** The CSV column a record's field is read from: "sleep.wakeTime" is {@code wake_time}. */
    private static String columnOf(String field) {
        int dot = field.indexOf('.');
        String name = dot < 0 ? field : field.substring(dot + 1);
        return name.equals("bedTime") ? "bedtime" : name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    void problem(String file, long line, String column, String message) {
        problemCount++;
        if (problems.size() < JournalImporter.MAX_PROBLEMS) {
            problems.add(new ImportProblem(file, line, column, message));
        }
    }

    /** Counts one row read, by what it was ("meals", "daylio_entries": see the rows.* texts). */
    void count(String kind) {
        rows.merge(kind, 1, Integer::sum);
    }

    void readFrom(String source) {
        sources.add(source);
    }

    /** What the plan holds for a day so far; a day outside the journal's range is a problem of its row. */
    DayParts day(LocalDate date) {
        return days.computeIfAbsent(holdable(date), key -> new DayParts());
    }

    private LocalDate holdable(LocalDate date) {
        if (date.isBefore(Limits.EARLIEST_DAY) || date.isAfter(latest)) {
            throw new RowProblem("date", date + " is not a day a journal can hold (from " + Limits.EARLIEST_DAY
                    + " to " + latest + ", ten years ahead)");
        }
        return date;
    }

    /** A day the person said they do not remember; false when the files named it already. */
    boolean skipDay(LocalDate date) {
        return skippedDays.add(holdable(date));
    }

    /** A setting, checked as the journal will read it. */
    void setting(String written, String value) {
        String key = written.strip().toLowerCase(Locale.ROOT);
        if (!Settings.KEYS.contains(key)) {
            throw new RowProblem("setting", "unknown setting " + RowProblem.quoted(written) + " (known: "
                    + String.join(", ", Settings.KEYS) + ")");
        }
        if (settings.containsKey(key)) {
            throw new RowProblem("setting", "a second row for the setting " + RowProblem.quoted(key));
        }
        try {
            Settings.DEFAULTS.with(key, value);
        } catch (InvalidEntryException e) {
            throw new RowProblem("value", e.getMessage());
        }
        settings.put(key, value);
    }

    /** The habit with this key (or name), as the journal or the files so far define it; null when neither does. */
    Habit habit(String key) {
        Habit habit = habits.get(key);
        return habit != null ? habit : habits.get(Habit.keyFor(key));
    }

    /** Adds or redefines a habit; it is written with the import unless the journal has it exactly so. */
    void defineHabit(Habit habit, boolean changesTheJournal) {
        habits.put(habit.key(), habit);
        if (changesTheJournal) {
            newHabits.put(habit.key(), habit);
        }
    }

    boolean isNewHabit(String key) {
        return newHabits.containsKey(key);
    }

    /** The habit an activity or column of another app becomes: the journal's, or a new one of {@code kind}. */
    Habit habitFor(String name, HabitKind kind) {
        String key = Habit.keyFor(name);
        Habit habit = habits.get(key);
        if (habit == null) {
            habit = new Habit(key, name, kind, false, false);
            defineHabit(habit, true);
        }
        return habit;
    }

    void addUserFood(Food food) {
        userFoods.add(food);
    }

    void addPhrase(String phrase, String food) {
        phrases.put(phrase, food);
    }

    /**
     * Tags meal descriptions with the shipped foods, the user's, and those the import brings;
     * built when first needed, which is after the files of foods and phrases have been read.
     */
    MealTagger tagger() {
        if (tagger == null) {
            List<Food> allUserFoods = new ArrayList<>(userFoods);
            allUserFoods.addAll(knowledge.userFoods());
            Map<String, String> allPhrases = new HashMap<>(knowledge.phrases());
            allPhrases.putAll(phrases);
            tagger = new MealTagger(FoodKnowledge.of(knowledge.shipped(), allUserFoods, allPhrases));
        }
        return tagger;
    }

    ImportPlan plan() {
        NavigableMap<LocalDate, DayEntry> entries = new TreeMap<>();
        days.forEach((date, parts) -> {
            try {
                DayEntry entry = parts.toEntry(date);
                if (!entry.isEmpty()) {
                    entries.put(date, entry);
                }
            } catch (InvalidEntryException e) { // rows are checked as they are read; this is the last net
                problem(sources.isEmpty() ? "import" : sources.get(sources.size() - 1), 0, columnOf(e.field()),
                        date + ": " + e.getMessage());
            }
        });
        return new ImportPlan(entries, List.copyOf(newHabits.values()), List.copyOf(userFoods), Map.copyOf(phrases),
                Collections.unmodifiableMap(new LinkedHashMap<>(settings)), Collections.unmodifiableNavigableSet(
                        new TreeSet<>(skippedDays)), Collections.unmodifiableMap(new LinkedHashMap<>(rows)), List.copyOf(sources), List.copyOf(problems),
                problemCount);
    }
}
