package org.gutskin.exchange;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gutskin.food.Food;
import org.gutskin.food.FoodTag;
import org.gutskin.food.PlantPart;
import org.gutskin.journal.Checks;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.Limits;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;

/**
 * The journal interchange format (docs/csv-format.md): a folder or .zip of files known by their
 * names, or single files known by their headers. Habit definitions, foods and phrases are read
 * before the days, so that meals are tagged with the foods the import brings.
 */
final class InterchangeFormat implements ImportFormat {
    /** The files in the order they are read, and the header that gives away each when it is not so named. */
    private static final List<String> FILES = List.of(JournalFiles.HABIT_DEFINITIONS, JournalFiles.MY_FOODS,
            JournalFiles.MY_PHRASES, JournalFiles.MEALS, JournalFiles.MEAL_ITEMS, JournalFiles.SLEEP,
            JournalFiles.STRESS, JournalFiles.SKIN, JournalFiles.HABITS, JournalFiles.NOTES, JournalFiles.SETTINGS,
            JournalFiles.SKIPPED_DAYS);
    private static final Map<String, List<String>> TELLING_COLUMNS = Map.of(
            JournalFiles.MEALS, List.of("date", "time", "meal", "description"),
            JournalFiles.SLEEP, List.of("date", "bedtime", "wake_time"),
            JournalFiles.STRESS, List.of("date", "time", "level"),
            JournalFiles.SKIN, List.of("date", "overall"),
            JournalFiles.HABITS, List.of("date", "habit", "value"),
            JournalFiles.SETTINGS, JournalFiles.SETTINGS_COLUMNS);

    /** Where a numbered meal of meals.csv went, so that meal_items.csv can find it. */
    private record MealRef(LocalDate date, int index) {
    }

    private final Map<Long, MealRef> mealsById = new HashMap<>();
    private final Set<String> habitsDefinedInFile = new HashSet<>();

    @Override
    public FileKind recognise(String fileName, List<String> header, boolean byName) {
        List<String> columns = ImportFormat.lowerCase(header);
        if (byName) {
            return FILES.contains(fileName) ? kind(fileName) : null;
        }
        for (String file : FILES) {
            List<String> telling = TELLING_COLUMNS.get(file);
            if (telling != null && columns.containsAll(telling)) {
                return kind(file);
            }
        }
        if (columns.equals(JournalFiles.SKIPPED_DAYS_COLUMNS)) {
            return kind(JournalFiles.SKIPPED_DAYS);
        }
        return columns.size() == 2 && columns.containsAll(List.of("date", "note")) ? kind(JournalFiles.NOTES) : null;
    }

    private FileKind kind(String file) {
        return new FileKind(this, file, FILES.indexOf(file), JournalFiles.REQUIRED.get(file),
                file.substring(0, file.length() - ".csv".length()).replace('_', ' '));
    }

    @Override
    public void read(CsvFile file, FileKind kind, ImportDraft draft) {
        Map<Long, List<FoodItem>> itemsById = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        draft.eachRow(file, row -> {
            switch (kind.name()) {
                case JournalFiles.HABIT_DEFINITIONS -> habitDefinition(row, draft);
                case JournalFiles.MY_FOODS -> myFood(row, draft);
                case JournalFiles.MY_PHRASES -> {
                    draft.addPhrase(row.text("phrase"), row.text("food"));
                    draft.count("my_phrases");
                }
                case JournalFiles.MEALS -> meal(row, draft);
                case JournalFiles.MEAL_ITEMS -> mealItem(row, itemsById, draft);
                case JournalFiles.SLEEP -> sleep(row, firstLine, draft);
                case JournalFiles.STRESS -> stress(row, draft);
                case JournalFiles.SKIN -> skin(row, firstLine, draft);
                case JournalFiles.HABITS -> habitValue(row, firstLine, draft);
                case JournalFiles.SETTINGS -> {
                    draft.setting(row.text("setting"), row.raw("value"));
                    draft.count("settings");
                }
                case JournalFiles.SKIPPED_DAYS -> {
                    if (draft.skipDay(row.date("date"))) {
                        draft.count("skipped_days");
                    }
                }
                default -> note(row, firstLine, draft);
            }
        });
        if (kind.name().equals(JournalFiles.MEAL_ITEMS)) {
            replaceItems(itemsById, draft);
        }
    }

    /** A day may have one row of sleep, skin, note or of each habit: a second is reported. */
    private static void once(Map<String, Long> firstLine, String key, CsvRow row, String what) {
        Long first = firstLine.putIfAbsent(key, row.line());
        if (first != null) {
            throw new RowProblem("date", "a second " + what + " row for " + key + " (the first is on line " + first
                    + ")");
        }
    }

    private void habitDefinition(CsvRow row, ImportDraft draft) {
        String key = row.text("habit");
        HabitKind kind;
        try {
            kind = HabitKind.fromKey(row.raw("kind"));
        } catch (IllegalArgumentException e) {
            throw new RowProblem("kind", "unknown habit type " + RowProblem.quoted(row.raw("kind"))
                    + " (use yes_no or number)");
        }
        Habit existing = draft.habit(key);
        String name = row.has("name") ? row.text("name") : existing != null ? existing.name() : key;
        boolean archived = row.has("archived") && row.raw("archived").equalsIgnoreCase("yes");
        boolean builtIn = Habit.BUILT_IN.stream().anyMatch(habit -> habit.key().equals(key));
        Habit habit = new Habit(key, name, kind, builtIn, archived);
        if (existing != null && existing.kind() != kind) {
            throw new RowProblem("kind", "habit \"" + key + "\" is " + existing.kind().key() + " in this journal, not "
                    + kind.key());
        }
        draft.defineHabit(habit, existing == null || !existing.equals(habit));
        habitsDefinedInFile.add(key);
        draft.count("habit_definitions");
    }

    private static void myFood(CsvRow row, ImportDraft draft) {
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
        draft.addUserFood(new Food(row.text("name"), synonyms, row.has("group") ? row.text("group") : "custom",
                row.has("nova") ? row.integer("nova") : null, tags, live,
                row.has("alcohol_units") ? row.number("alcohol_units") : 0, plants, true));
        draft.count("my_foods");
    }

    private void meal(CsvRow row, ImportDraft draft) {
        LocalDate date = row.date("date");
        LocalTime time = row.writtenTime("time");
        MealKind kind = MealKind.fromKey(row.raw("meal"));
        String description = row.text("description");
        Meal meal = new Meal(time, kind, description, draft.tagger().tag(description).foodItems());
        List<Meal> meals = draft.day(date).meals;
        if (row.has("meal_id")) {
            long id = (long) row.number("meal_id");
            if (mealsById.putIfAbsent(id, new MealRef(date, meals.size())) != null) {
                throw new RowProblem("meal_id", "meal_id " + id + " is used twice");
            }
        }
        meals.add(meal);
        draft.count("meals");
    }

    private static void mealItem(CsvRow row, Map<Long, List<FoodItem>> itemsById, ImportDraft draft) {
        long id = (long) row.number("meal_id");
        FoodItem item = new FoodItem(row.text("text"), row.text("food"),
                row.has("quantity") ? row.number("quantity") : 1, row.has("unit") ? row.text("unit") : "serving");
        itemsById.computeIfAbsent(id, key -> new ArrayList<>()).add(item);
        draft.count("meal_items");
    }

    /**
     * Meals of meals.csv keep exactly the items meal_items.csv lists for them (none when it lists
     * none): a lossless round trip, whatever this app's knowledge would read into them today.
     */
    private void replaceItems(Map<Long, List<FoodItem>> itemsById, ImportDraft draft) {
        itemsById.keySet().stream().filter(id -> !mealsById.containsKey(id)).sorted().limit(5).forEach(id ->
                draft.problem(JournalFiles.MEAL_ITEMS, 0, "meal_id", "meal_id " + id + " has no meal in meals.csv"));
        mealsById.forEach((id, ref) -> {
            List<Meal> meals = draft.day(ref.date()).meals;
            meals.set(ref.index(), meals.get(ref.index()).withItems(itemsById.getOrDefault(id, List.of())));
        });
    }

    private static void sleep(CsvRow row, Map<String, Long> firstLine, ImportDraft draft) {
        LocalDate date = row.date("date");
        once(firstLine, date.toString(), row, "sleep");
        int quality = row.has("quality") ? row.integer("quality") : 3;
        draft.day(date).sleep = new Sleep(row.writtenTime("bedtime"), row.writtenTime("wake_time"), quality);
        draft.count("nights_of_sleep");
    }

    private static void stress(CsvRow row, ImportDraft draft) {
        LocalDate date = row.date("date");
        draft.day(date).stress.add(new StressCheckIn(row.writtenTime("time"), row.integer("level"),
                row.has("note") ? row.text("note") : null));
        draft.count("stress_check_ins");
    }

    private static void skin(CsvRow row, Map<String, Long> firstLine, ImportDraft draft) {
        LocalDate date = row.date("date");
        once(firstLine, date.toString(), row, "skin");
        Map<Symptom, Integer> symptoms = new EnumMap<>(Symptom.class);
        for (Symptom symptom : Symptom.values()) {
            if (row.has(symptom.key())) {
                symptoms.put(symptom, row.integer(symptom.key()));
            }
        }
        draft.day(date).skin = new SkinCheck(row.integer("overall"), symptoms,
                row.has("areas") ? row.text("areas") : null, row.has("note") ? row.text("note") : null);
        draft.count("skin_checks");
    }

    private void habitValue(CsvRow row, Map<String, Long> firstLine, ImportDraft draft) {
        LocalDate date = row.date("date");
        String key = row.text("habit");
        once(firstLine, date + " " + key, row, "\"" + key + "\" habit");
        double value = row.number("value");
        Habit habit = draft.habit(key);
        if (habit == null) {
            // a habit the journal does not know yet: yes/no when its values are 0 or 1
            habit = new Habit(Habit.keyFor(key), key, value == 0 || value == 1 ? HabitKind.YES_NO : HabitKind.NUMBER,
                    false, false);
            draft.defineHabit(habit, true);
        } else if (habit.kind() == HabitKind.YES_NO && value != 0 && value != 1 && draft.isNewHabit(habit.key())
                && !habitsDefinedInFile.contains(habit.key())) {
            habit = new Habit(habit.key(), habit.name(), HabitKind.NUMBER, false, false);
            draft.defineHabit(habit, true);
        }
        draft.day(date).habits.put(habit.key(), habit.validate(value));
        draft.count("habit_values");
    }

    private static void note(CsvRow row, Map<String, Long> firstLine, ImportDraft draft) {
        LocalDate date = row.date("date");
        once(firstLine, date.toString(), row, "note");
        draft.day(date).note = Checks.maxLength("note", "The day's note", row.text("note"),
                Limits.MAX_NOTE_CHARACTERS);
        draft.count("notes");
    }
}
