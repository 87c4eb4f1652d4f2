package org.gutskin.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.journal.Symptom;

/** The files of the journal interchange format and their columns (docs/csv-format.md). */
final class JournalFiles {
    static final String MEALS = "meals.csv";
    static final String MEAL_ITEMS = "meal_items.csv";
    static final String SLEEP = "sleep.csv";
    static final String STRESS = "stress.csv";
    static final String SKIN = "skin.csv";
    static final String HABITS = "habits.csv";
    static final String HABIT_DEFINITIONS = "habit_definitions.csv";
    static final String NOTES = "notes.csv";
    static final String MY_FOODS = "my_foods.csv";
    static final String MY_PHRASES = "my_phrases.csv";
    static final String SETTINGS = "settings.csv";
    static final String SKIPPED_DAYS = "skipped_days.csv";

    static final List<String> MEALS_COLUMNS = List.of("date", "time", "meal", "description", "meal_id");
    static final List<String> MEAL_ITEMS_COLUMNS = List.of("meal_id", "text", "food", "quantity", "unit");
    static final List<String> SLEEP_COLUMNS = List.of("date", "bedtime", "wake_time", "quality");
    static final List<String> STRESS_COLUMNS = List.of("date", "time", "level", "note");
    static final List<String> SKIN_COLUMNS = skinColumns();
    static final List<String> HABITS_COLUMNS = List.of("date", "habit", "value");
    static final List<String> HABIT_DEFINITIONS_COLUMNS = List.of("habit", "name", "kind", "archived");
    static final List<String> NOTES_COLUMNS = List.of("date", "note");
    static final List<String> MY_FOODS_COLUMNS = List.of("name", "synonyms", "group", "nova", "tags",
            "live_cultures", "alcohol_units", "plants");
    static final List<String> MY_PHRASES_COLUMNS = List.of("phrase", "food");
    static final List<String> SETTINGS_COLUMNS = List.of("setting", "value");
    static final List<String> SKIPPED_DAYS_COLUMNS = List.of("date");

    /** The columns an import needs at the least, by file: the first ones listed in the format. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry(MEALS, List.of("date", "time", "meal", "description")),
            Map.entry(MEAL_ITEMS, List.of("meal_id", "food")),
            Map.entry(SLEEP, List.of("date", "bedtime", "wake_time")),
            Map.entry(STRESS, List.of("date", "time", "level")),
            Map.entry(SKIN, List.of("date", "overall")),
            Map.entry(HABITS, List.of("date", "habit", "value")),
            Map.entry(HABIT_DEFINITIONS, List.of("habit", "kind")),
            Map.entry(NOTES, List.of("date", "note")),
            Map.entry(MY_FOODS, List.of("name")),
            Map.entry(MY_PHRASES, List.of("phrase", "food")),
            Map.entry(SETTINGS, SETTINGS_COLUMNS),
            Map.entry(SKIPPED_DAYS, SKIPPED_DAYS_COLUMNS));

    private JournalFiles() {
    }

    private static List<String> skinColumns() {
        List<String> columns = new ArrayList<>(List.of("date", "overall"));
        for (Symptom symptom : Symptom.values()) {
            columns.add(symptom.key());
        }
        columns.add("note");
        columns.add("areas");
        return List.copyOf(columns);
    }
}
