package org.gutskin.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.FoodTag;
import org.gutskin.food.MealTagger;
import org.gutskin.food.PlantPart;
import org.gutskin.food.TaggedMeal;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.DayParts;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;

/**
 * Reads files to import — our interchange format (a folder, a .zip, or single files known by
 * their header) and exports of Daylio, Cronometer and Loop Habit Tracker — into an
 * {@link ImportPlan}, collecting every problem as {@code file:line: column: what is wrong}.
 * Nothing is written here.
 */
public final class JournalImporter {
    public static final int MAX_PROBLEMS = 50;
    /** The largest file read; anything bigger is refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    /** Daylio's five moods, mapped onto the stress scale 0–10 (a stated, documented mapping). */
    public static final Map<String, Integer> DAYLIO_MOOD_TO_STRESS = Map.of(
            "rad", 1, "good", 3, "meh", 5, "bad", 7, "awful", 9);

    /** How to read other apps' files. */
    public record Options(Set<String> activitiesAsFood, Set<String> activitiesAsHabit) {
        public static final Options DEFAULT = new Options(Set.of(), Set.of());
    }

    /** The food knowledge imports are tagged with: the shipped base and the user's own. */
    public record Knowledge(List<Food> shipped, List<Food> userFoods, Map<String, String> phrases) {
    }

    private enum Kind {
        HABIT_DEFINITIONS, MY_FOODS, MY_PHRASES, MEALS, MEAL_ITEMS, SLEEP, STRESS, SKIN, HABITS, NOTES,
        DAYLIO, CRONOMETER, LOOP
    }

    private record Source(String name, Kind kind, List<String> header, List<CSVRecord> records, List<Long> lines) {
    }

    private final Knowledge knowledge;
    private final Options options;
    private final Map<String, Habit> habits = new LinkedHashMap<>();
    private final Map<String, Habit> newHabits = new LinkedHashMap<>();
    private final List<Food> userFoods = new ArrayList<>();
    private final Map<String, String> phrases = new LinkedHashMap<>();
    private final Map<LocalDate, DayParts> days = new TreeMap<>();
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int problemCount;
    private MealTagger tagger;

    private JournalImporter(Knowledge knowledge, List<Habit> knownHabits, Options options) {
        this.knowledge = knowledge;
        this.options = options;
        knownHabits.forEach(habit -> habits.put(habit.key(), habit));
    }

    /** Reads every path (a folder, a .zip or a .csv file) into one plan. */
    public static ImportPlan read(List<Path> paths, Knowledge knowledge, List<Habit> knownHabits, Options options) {
        JournalImporter importer = new JournalImporter(knowledge, knownHabits, options);
        List<Source> read = new ArrayList<>();
        for (Path path : paths) {
            importer.collect(path, read);
        }
        read.sort(Comparator.comparing(Source::kind));
        for (Source source : read) {
            if (importer.tagger == null && source.kind().compareTo(Kind.MEALS) >= 0) {
                importer.tagger = importer.buildTagger();
            }
            importer.sources.add(source.name() + " (" + describe(source.kind()) + ")");
            importer.process(source);
        }
        NavigableMap<LocalDate, DayEntry> entries = new TreeMap<>();
        importer.days.forEach((date, parts) -> {
            DayEntry entry = parts.toEntry(date);
            if (!entry.isEmpty()) {
                entries.put(date, entry);
            }
        });
        return new ImportPlan(entries, List.copyOf(importer.newHabits.values()), List.copyOf(importer.userFoods),
                Map.copyOf(importer.phrases), Collections.unmodifiableMap(new LinkedHashMap<>(importer.rows)), List.copyOf(importer.sources),
                List.copyOf(importer.problems), importer.problemCount);
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case DAYLIO -> "Daylio export";
            case CRONOMETER -> "Cronometer servings";
            case LOOP -> "Loop Habit Tracker checkmarks";
            default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private MealTagger buildTagger() {
        List<Food> allUserFoods = new ArrayList<>(userFoods);
        allUserFoods.addAll(knowledge.userFoods());
        Map<String, String> allPhrases = new HashMap<>(knowledge.phrases());
        allPhrases.putAll(phrases);
        return new MealTagger(FoodKnowledge.of(knowledge.shipped(), allUserFoods, allPhrases));
    }

    // ------------------------------------------------------------------ reading files

    private void collect(Path path, List<Source> read) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> csvFiles = files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT)
                            .endsWith(".csv")).sorted().toList();
                    if (csvFiles.isEmpty()) {
                        problem(path.toString(), 0, "file", "the folder holds no .csv files");
                    }
                    for (Path file : csvFiles) {
                        collect(file, read);
                    }
                }
            } else if (!Files.exists(path)) {
                problem(path.toString(), 0, "file", "there is no such file or folder");
            } else if (Files.size(path) > MAX_FILE_BYTES) {
                problem(name, 0, "file", "the file is larger than 200 MB; split it before importing");
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                readZip(path, name, read);
            } else {
                parse(name, Files.readAllBytes(path), read);
            }
        } catch (IOException e) {
            problem(name, 0, "file", "cannot be read (" + JournalExporter.describe(e) + ")");
        }
    }

    private void readZip(Path path, String name, List<Source> read) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(path))) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && entryName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    any = true;
                    parse(name + "/" + entryName, readLimited(zip, name + "/" + entryName), read);
                }
            }
            if (!any) {
                problem(name, 0, "file", "the .zip holds no .csv files");
            }
        } catch (ZipException e) {
            problem(name, 0, "file", "is not a readable .zip file (" + e.getMessage() + ")");
        }
    }

    private static byte[] readLimited(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1));
        if (bytes.length > MAX_FILE_BYTES) {
            throw new IOException(name + " is larger than 200 MB");
        }
        return bytes;
    }

    private void parse(String name, byte[] bytes, List<Source> read) {
        List<CSVRecord> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> header;
        try (Reader reader = CsvText.utf8(new ByteArrayInputStream(bytes));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).setIgnoreEmptyLines(true)
                     .get().parse(reader)) {
            header = parser.getHeaderNames().stream().map(String::strip).toList();
            long line = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problem(name, line, "file", unreadable(e));
                    break;
                }
                records.add(record);
                lines.add(line);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (CharacterCodingException e) {
            problem(name, 0, "file", "is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again");
            return;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problem(name, 1, "header", unreadable(e));
            return;
        }
        if (header.isEmpty()) {
            problem(name, 1, "header", "the file is empty or has no header row");
            return;
        }
        Kind kind = kindOf(name, header);
        if (kind == null) {
            problem(name, 1, "header", "not a file this app knows: the header is " + abbreviate(header)
                    + " (see docs/csv-format.md)");
            return;
        }
        List<String> missing = missingColumns(kind, header);
        if (!missing.isEmpty()) {
            problem(name, 1, "header", "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (found: " + abbreviate(header) + ")");
            return;
        }
        read.add(new Source(name, kind, header, records, lines));
    }

    private static String unreadable(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "is not UTF-8 text; save it as UTF-8 and try again";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "the CSV cannot be read: " + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
    }

    private static String abbreviate(List<String> header) {
        List<String> shown = header.size() > 8 ? header.subList(0, 8) : header;
        String text = String.join(", ", shown) + (header.size() > 8 ? ", … (" + header.size() + " columns)" : "");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Kind kindOf(String name, List<String> header) {
        String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        Map<String, Kind> byName = Map.of(JournalFiles.MEALS, Kind.MEALS, JournalFiles.MEAL_ITEMS, Kind.MEAL_ITEMS,
                JournalFiles.SLEEP, Kind.SLEEP, JournalFiles.STRESS, Kind.STRESS, JournalFiles.SKIN, Kind.SKIN,
                JournalFiles.HABITS, Kind.HABITS, JournalFiles.HABIT_DEFINITIONS, Kind.HABIT_DEFINITIONS,
                JournalFiles.NOTES, Kind.NOTES, JournalFiles.MY_FOODS, Kind.MY_FOODS,
                JournalFiles.MY_PHRASES, Kind.MY_PHRASES);
        if (byName.containsKey(file)) {
            return byName.get(file);
        }
        List<String> columns = header.stream().map(column -> column.toLowerCase(Locale.ROOT)).toList();
        if (columns.containsAll(List.of("full_date", "mood", "activities"))) {
            return Kind.DAYLIO;
        }
        if (columns.containsAll(List.of("day", "food name", "amount"))) {
            return Kind.CRONOMETER;
        }
        if (columns.containsAll(List.of("date", "time", "meal", "description"))) {
            return Kind.MEALS;
        }
        if (columns.containsAll(List.of("date", "bedtime", "wake_time"))) {
            return Kind.SLEEP;
        }
        if (columns.containsAll(List.of("date", "time", "level"))) {
            return Kind.STRESS;
        }
        if (columns.containsAll(List.of("date", "overall"))) {
            return Kind.SKIN;
        }
        if (columns.containsAll(List.of("date", "habit", "value"))) {
            return Kind.HABITS;
        }
        if (columns.size() == 2 && columns.containsAll(List.of("date", "note"))) {
            return Kind.NOTES;
        }
        if (header.size() >= 2 && header.get(0).equals("Date") || file.equals("checkmarks.csv")) {
            return Kind.LOOP;
        }
        return null;
    }

    private static List<String> missingColumns(Kind kind, List<String> header) {
        List<String> required = switch (kind) {
            case MEALS -> JournalFiles.REQUIRED.get(JournalFiles.MEALS);
            case MEAL_ITEMS -> JournalFiles.REQUIRED.get(JournalFiles.MEAL_ITEMS);
            case SLEEP -> JournalFiles.REQUIRED.get(JournalFiles.SLEEP);
            case STRESS -> JournalFiles.REQUIRED.get(JournalFiles.STRESS);
            case SKIN -> JournalFiles.REQUIRED.get(JournalFiles.SKIN);
            case HABITS -> JournalFiles.REQUIRED.get(JournalFiles.HABITS);
            case HABIT_DEFINITIONS -> JournalFiles.REQUIRED.get(JournalFiles.HABIT_DEFINITIONS);
            case NOTES -> JournalFiles.REQUIRED.get(JournalFiles.NOTES);
            case MY_FOODS -> JournalFiles.REQUIRED.get(JournalFiles.MY_FOODS);
            case MY_PHRASES -> JournalFiles.REQUIRED.get(JournalFiles.MY_PHRASES);
            case DAYLIO -> List.of("full_date", "time", "mood", "activities");
            case CRONOMETER -> List.of("Day", "Group", "Food Name", "Amount");
            case LOOP -> List.of("Date");
        };
        List<String> present = header.stream().map(column -> column.toLowerCase(Locale.ROOT)).toList();
        return required.stream().filter(column -> !present.contains(column.toLowerCase(Locale.ROOT))).toList();
    }

    // ------------------------------------------------------------------ rows

    /** One row being read: its cells by lower-case column name, and where it is. */
    private final class Row {
        private final Source source;
        private final CSVRecord record;
        private final long line;
        private final Map<String, Integer> index = new HashMap<>();

        Row(Source source, CSVRecord record, long line) {
            this.source = source;
            this.record = record;
            this.line = line;
            for (int i = 0; i < source.header().size(); i++) {
                index.putIfAbsent(source.header().get(i).toLowerCase(Locale.ROOT), i);
            }
        }

        boolean has(String column) {
            return !raw(column).isEmpty();
        }

        /** A cell without the spaces around it: for dates, numbers and names. */
        String raw(String column) {
            return exact(column).strip();
        }

        private String exact(String column) {
            Integer at = index.get(column.toLowerCase(Locale.ROOT));
            return at == null || at >= record.size() ? "" : record.get(at);
        }

        /** A text cell exactly as the user wrote it; ours were neutralised against formulas on export. */
        String text(String column) {
            return CsvText.restore(exact(column));
        }

        LocalDate date(String column) {
            String value = raw(column);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new RowProblem(column, "\"" + shorten(value) + "\" is not a date (use YYYY-MM-DD)");
            }
        }

        LocalTime time(String column) {
            String value = raw(column);
            try {
                return LocalTime.parse(value.length() == 4 && value.charAt(1) == ':' ? "0" + value : value,
                        DateTimeFormatter.ofPattern("HH:mm"));
            } catch (DateTimeParseException e) {
                throw new RowProblem(column, "\"" + shorten(value) + "\" is not a time (use HH:MM, 24 hours)");
            }
        }

        int integer(String column) {
            String value = raw(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new RowProblem(column, "\"" + shorten(value) + "\" is not a whole number");
            }
        }

        double number(String column) {
            String value = raw(column);
            try {
                double number = Double.parseDouble(value);
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw new RowProblem(column, "\"" + shorten(value) + "\" is not a number");
            }
        }
    }

    /** A problem with one cell of a row; the row is skipped. */
    private static final class RowProblem extends RuntimeException {
        private final String column;

        RowProblem(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private void problem(String file, long line, String column, String message) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new ImportProblem(file, line, column, message));
        }
    }

    private void count(String kind) {
        rows.merge(kind, 1, Integer::sum);
    }

    private DayParts day(LocalDate date) {
        return days.computeIfAbsent(date, key -> new DayParts());
    }

    /** Where a numbered meal of meals.csv went, so that meal_items.csv can find it. */
    private record MealRef(LocalDate date, int index) {
    }

    private final Map<Long, MealRef> mealsById = new HashMap<>();

    private void process(Source source) {
        Map<Long, List<FoodItem>> itemsById = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (int i = 0; i < source.records().size(); i++) {
            Row row = new Row(source, source.records().get(i), source.lines().get(i));
            try {
                switch (source.kind()) {
                    case HABIT_DEFINITIONS -> habitDefinition(row);
                    case MY_FOODS -> myFood(row);
                    case MY_PHRASES -> myPhrase(row);
                    case MEALS -> meal(row);
                    case MEAL_ITEMS -> mealItem(row, itemsById);
                    case SLEEP -> sleep(row, firstLine);
                    case STRESS -> stress(row);
                    case SKIN -> skin(row, firstLine);
                    case HABITS -> habitValue(row, firstLine);
                    case NOTES -> note(row, firstLine);
                    case DAYLIO -> daylio(row);
                    case CRONOMETER -> cronometer(row);
                    case LOOP -> loop(row);
                }
            } catch (RowProblem e) {
                problem(source.name(), row.line, e.column, e.getMessage());
            } catch (InvalidEntryException e) {
                problem(source.name(), row.line, columnOf(e.field()), e.getMessage());
            } catch (IllegalArgumentException e) {
                problem(source.name(), row.line, "row", e.getMessage());
            }
        }
        if (source.kind() == Kind.MEAL_ITEMS) {
            replaceItems(itemsById);
        }
        if (source.kind() == Kind.CRONOMETER) {
            try {
                finishCronometer();
            } catch (InvalidEntryException e) {
                problem(source.name(), 0, "Food Name", e.getMessage());
            }
        }
    }

    private static String columnOf(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    private void duplicate(Map<String, Long> firstLine, String key, Row row, String what) {
        Long first = firstLine.putIfAbsent(row.source.name() + "|" + key, row.line);
        if (first != null) {
            throw new RowProblem("date", "a second " + what + " row for " + key + " (the first is on line " + first
                    + ")");
        }
    }

    // ------------------------------------------------------------------ our format

    private void habitDefinition(Row row) {
        String key = row.text("habit");
        HabitKind kind;
        try {
            kind = HabitKind.fromKey(row.raw("kind"));
        } catch (IllegalArgumentException e) {
            throw new RowProblem("kind", "unknown habit type \"" + shorten(row.raw("kind"))
                    + "\" (use yes_no or number)");
        }
        Habit existing = habits.get(key);
        String name = row.has("name") ? row.text("name") : existing != null ? existing.name() : key;
        boolean archived = row.has("archived") && row.raw("archived").equalsIgnoreCase("yes");
        boolean builtIn = Habit.BUILT_IN.stream().anyMatch(habit -> habit.key().equals(key));
        Habit habit = new Habit(key, name, kind, builtIn, archived);
        if (existing != null && existing.kind() != kind) {
            throw new RowProblem("kind", "habit \"" + key + "\" is " + existing.kind().key() + " in this journal, not "
                    + kind.key());
        }
        if (existing == null || !existing.equals(habit)) {
            newHabits.put(key, habit);
        }
        habits.put(key, habit);
        definedInFile.add(key);
        count("habit definitions");
    }

    private void myFood(Row row) {
        EnumSet<FoodTag> tags = EnumSet.noneOf(FoodTag.class);
        for (String tag : row.raw("tags").split(" ")) {
            if (!tag.isBlank()) {
                try {
                    tags.add(FoodTag.fromKey(tag));
                } catch (IllegalArgumentException e) {
                    throw new RowProblem("tags", e.getMessage());
                }
            }
        }
        List<PlantPart> plants = new ArrayList<>();
        for (String plant : row.text("plants").split("\\|")) {
            if (!plant.isBlank()) {
                plants.add(PlantPart.parse(plant));
            }
        }
        List<String> synonyms = new ArrayList<>();
        for (String synonym : row.text("synonyms").split("\\|")) {
            if (!synonym.isBlank()) {
                synonyms.add(synonym.strip());
            }
        }
        Boolean live = row.has("live_cultures") ? row.raw("live_cultures").equalsIgnoreCase("yes") : null;
        userFoods.add(new Food(row.text("name"), synonyms, row.has("group") ? row.text("group") : "custom",
                row.has("nova") ? row.integer("nova") : null, tags, live,
                row.has("alcohol_units") ? row.number("alcohol_units") : 0, plants, true));
        count("my foods");
    }

    private void myPhrase(Row row) {
        phrases.put(row.text("phrase"), row.text("food"));
        count("my phrases");
    }

    private void meal(Row row) {
        LocalDate date = row.date("date");
        LocalTime time = row.time("time");
        MealKind kind = MealKind.fromKey(row.raw("meal"));
        String description = row.text("description");
        Meal meal = new Meal(time, kind, description, tagger.tag(description).foodItems());
        List<Meal> meals = day(date).meals;
        if (row.has("meal_id")) {
            long id = (long) row.number("meal_id");
            if (mealsById.putIfAbsent(id, new MealRef(date, meals.size())) != null) {
                throw new RowProblem("meal_id", "meal_id " + id + " is used twice");
            }
        }
        meals.add(meal);
        count("meals");
    }

    private void mealItem(Row row, Map<Long, List<FoodItem>> itemsById) {
        long id = (long) row.number("meal_id");
        FoodItem item = new FoodItem(row.text("text"), row.text("food"),
                row.has("quantity") ? row.number("quantity") : 1, row.has("unit") ? row.text("unit") : "serving");
        itemsById.computeIfAbsent(id, key -> new ArrayList<>()).add(item);
        count("meal items");
    }

    /**
     * Meals of meals.csv keep exactly the items meal_items.csv lists for them (none when it lists
     * none): a lossless round trip, whatever this app's knowledge would read into them today.
     */
    private void replaceItems(Map<Long, List<FoodItem>> itemsById) {
        itemsById.keySet().stream().filter(id -> !mealsById.containsKey(id)).sorted().limit(5).forEach(id ->
                problem(JournalFiles.MEAL_ITEMS, 0, "meal_id", "meal_id " + id + " has no meal in meals.csv"));
        mealsById.forEach((id, ref) -> {
            List<Meal> meals = day(ref.date()).meals;
            meals.set(ref.index(), meals.get(ref.index()).withItems(itemsById.getOrDefault(id, List.of())));
        });
    }

    private void sleep(Row row, Map<String, Long> firstLine) {
        LocalDate date = row.date("date");
        duplicate(firstLine, date.toString(), row, "sleep");
        int quality = row.has("quality") ? row.integer("quality") : 3;
        day(date).sleep = new Sleep(row.time("bedtime"), row.time("wake_time"), quality);
        count("nights of sleep");
    }

    private void stress(Row row) {
        LocalDate date = row.date("date");
        day(date).stress.add(new StressCheckIn(row.time("time"), row.integer("level"),
                row.has("note") ? row.text("note") : null));
        count("stress check-ins");
    }

    private void skin(Row row, Map<String, Long> firstLine) {
        LocalDate date = row.date("date");
        duplicate(firstLine, date.toString(), row, "skin");
        Map<Symptom, Integer> symptoms = new EnumMap<>(Symptom.class);
        for (Symptom symptom : Symptom.values()) {
            if (row.has(symptom.key())) {
                symptoms.put(symptom, row.integer(symptom.key()));
            }
        }
        day(date).skin = new SkinCheck(row.integer("overall"), symptoms, row.has("areas") ? row.text("areas") : null,
                row.has("note") ? row.text("note") : null);
        count("skin checks");
    }

    private void habitValue(Row row, Map<String, Long> firstLine) {
        LocalDate date = row.date("date");
        String key = row.text("habit");
        duplicate(firstLine, date + " " + key, row, "\"" + key + "\" habit");
        double value = row.number("value");
        Habit habit = habits.get(key);
        if (habit == null) {
            // a habit the journal does not know yet: yes/no when its values are 0 or 1
            habit = new Habit(Habit.keyFor(key), key, value == 0 || value == 1 ? HabitKind.YES_NO : HabitKind.NUMBER,
                    false, false);
            habits.put(key, habit);
            newHabits.put(habit.key(), habit);
        } else if (habit.kind() == HabitKind.YES_NO && value != 0 && value != 1 && newHabits.containsKey(habit.key())
                && !habitDefinedInFile(habit)) {
            habit = new Habit(habit.key(), habit.name(), HabitKind.NUMBER, false, false);
            habits.put(key, habit);
            newHabits.put(habit.key(), habit);
        }
        day(date).habits.put(habit.key(), habit.validate(value));
        count("habit values");
    }

    private final Set<String> definedInFile = new HashSet<>();

    private boolean habitDefinedInFile(Habit habit) {
        return definedInFile.contains(habit.key());
    }

    private void note(Row row, Map<String, Long> firstLine) {
        LocalDate date = row.date("date");
        duplicate(firstLine, date.toString(), row, "note");
        day(date).note = row.text("note");
        count("notes");
    }

    // ------------------------------------------------------------------ other apps

    private void daylio(Row row) {
        LocalDate date = row.date("full_date");
        LocalTime time = twelveOrTwentyFourHour(row, "time");
        String mood = row.raw("mood").strip().toLowerCase(Locale.ROOT);
        Integer stress = DAYLIO_MOOD_TO_STRESS.get(mood);
        if (stress == null) {
            throw new RowProblem("mood", "unknown Daylio mood \"" + shorten(row.raw("mood"))
                    + "\" (known: rad, good, meh, bad, awful)");
        }
        DayParts day = day(date);
        day.stress.add(new StressCheckIn(time, stress, "Daylio mood: " + mood));
        for (String activity : row.raw("activities").split("\\|")) {
            String name = activity.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (isFoodActivity(name)) {
                day.meals.add(new Meal(time, MealKind.guessFrom(time), name, tagger.tag(name).foodItems()));
            } else {
                Habit habit = habits.computeIfAbsent(Habit.keyFor(name), key -> {
                    Habit created = new Habit(key, name, HabitKind.YES_NO, false, false);
                    newHabits.put(key, created);
                    return created;
                });
                day.habits.put(habit.key(), 1.0);
            }
        }
        String title = row.has("note_title") ? row.raw("note_title").strip() : "";
        String note = row.has("note") ? row.raw("note").strip() : "";
        String text = (title + (title.isEmpty() || note.isEmpty() ? "" : "\n") + note).strip();
        if (!text.isEmpty()) {
            day.note = day.note == null ? text : day.note + "\n" + text;
        }
        count("Daylio entries");
    }

    /** A Daylio activity is read as food when the user says so, or when every word of it is a known food. */
    private boolean isFoodActivity(String activity) {
        String key = activity.toLowerCase(Locale.ROOT);
        if (options.activitiesAsFood().stream().anyMatch(food -> food.equalsIgnoreCase(key))) {
            return true;
        }
        if (options.activitiesAsHabit().stream().anyMatch(habit -> habit.equalsIgnoreCase(key))) {
            return false;
        }
        TaggedMeal tagged = tagger.tag(activity);
        return !tagged.items().isEmpty() && tagged.unknown().isEmpty();
    }

    private static LocalTime twelveOrTwentyFourHour(Row row, String column) {
        String value = row.raw(column).strip().toUpperCase(Locale.ROOT);
        for (String pattern : List.of("H:mm", "HH:mm", "h:mm a", "hh:mm a", "h:mma")) {
            try {
                return LocalTime.parse(value, DateTimeFormatter.ofPattern(pattern, Locale.US));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing the time
            }
        }
        throw new RowProblem(column, "\"" + shorten(row.raw(column)) + "\" is not a time (like 21:30 or 9:30 PM)");
    }

    /** Cronometer servings, gathered per day and meal group, become one meal each. */
    private final Map<LocalDate, Map<String, CronometerMeal>> cronometerMeals = new TreeMap<>();

    private static final class CronometerMeal {
        LocalTime time;
        final List<String> foods = new ArrayList<>();
    }

    private void cronometer(Row row) {
        LocalDate date = row.date("Day");
        String group = row.raw("Group").strip();
        CronometerMeal meal = cronometerMeals.computeIfAbsent(date, key -> new LinkedHashMap<>())
                .computeIfAbsent(group.isEmpty() ? "Uncategorized" : group, key -> new CronometerMeal());
        if (meal.time == null && row.has("Time")) {
            try {
                meal.time = twelveOrTwentyFourHour(row, "Time");
            } catch (RowProblem ignored) {
                // Cronometer leaves the time out or writes words; the meal group decides instead
            }
        }
        String food = row.raw("Food Name").replace(",", "").strip();
        if (food.isEmpty()) {
            throw new RowProblem("Food Name", "is empty");
        }
        String amount = row.raw("Amount").strip().replaceAll("\\.00\\b", "");
        meal.foods.add((amount.isEmpty() ? "" : amount + " ") + food);
        count("Cronometer servings");
    }

    private void finishCronometer() {
        cronometerMeals.forEach((date, groups) -> groups.forEach((group, meal) -> {
            MealKind kind = switch (group.toLowerCase(Locale.ROOT)) {
                case "breakfast" -> MealKind.BREAKFAST;
                case "lunch" -> MealKind.LUNCH;
                case "dinner" -> MealKind.DINNER;
                default -> MealKind.SNACK;
            };
            LocalTime time = meal.time != null ? meal.time : switch (kind) {
                case BREAKFAST -> LocalTime.of(8, 0);
                case LUNCH -> LocalTime.of(12, 30);
                case DINNER -> LocalTime.of(19, 0);
                default -> LocalTime.of(15, 30);
            };
            String description = String.join("; ", meal.foods);
            day(date).meals.add(new Meal(time, kind, description, tagger.tag(description).foodItems()));
        }));
        cronometerMeals.clear();
    }

    /** Loop's checkmarks: 2 (and 1, done by schedule) is yes, 0 no, -1 or empty not logged; larger numbers are amounts ×1000. */
    private void loop(Row row) {
        LocalDate date = row.date("Date");
        for (String column : row.source.header()) {
            if (column.equalsIgnoreCase("Date") || column.isBlank() || !row.has(column)) {
                continue;
            }
            double value = row.number(column);
            if (value < 0) {
                continue;
            }
            boolean amount = value > 2;
            String key = Habit.keyFor(column);
            Habit habit = habits.computeIfAbsent(key, created -> {
                Habit newHabit = new Habit(created, column, amount ? HabitKind.NUMBER : HabitKind.YES_NO, false, false);
                newHabits.put(created, newHabit);
                return newHabit;
            });
            double stored = habit.kind() == HabitKind.NUMBER ? (amount ? value / 1000 : value) : value > 0 ? 1 : 0;
            day(date).habits.put(habit.key(), habit.validate(stored));
        }
        count("Loop days");
    }
}
