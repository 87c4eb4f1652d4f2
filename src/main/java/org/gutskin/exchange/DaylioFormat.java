package org.gutskin.exchange;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.food.TaggedMeal;
import org.gutskin.journal.Checks;
import org.gutskin.journal.DayParts;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.Limits;
import org.gutskin.journal.Meal;
import org.gutskin.journal.StressCheckIn;

/** Daylio's CSV export: a mood, activities and a note per entry. */
final class DaylioFormat implements ImportFormat {
    /** Daylio's five moods, mapped onto the stress scale 0–10 (a stated, documented mapping). */
    static final Map<String, Integer> MOOD_TO_STRESS = Map.of("rad", 1, "good", 3, "meh", 5, "bad", 7, "awful", 9);
    private static final int ORDER = 10;
    private static final String TIME = "like 21:30 or 9:30 PM";

    @Override
    public FileKind recognise(String fileName, List<String> header, boolean byName) {
        List<String> columns = ImportFormat.lowerCase(header);
        return !byName && columns.containsAll(List.of("full_date", "mood", "activities"))
                ? new FileKind(this, "daylio", ORDER, List.of("full_date", "time", "mood", "activities"),
                "Daylio export") : null;
    }

    @Override
    public void read(CsvFile file, FileKind kind, ImportDraft draft) {
        draft.eachRow(file, row -> entry(row, draft));
    }

    private static void entry(CsvRow row, ImportDraft draft) {
        DayParts day = draft.day(row.date("full_date"));
        LocalTime time = row.time("time", TIME);
        String mood = row.raw("mood").toLowerCase(Locale.ROOT);
        Integer stress = MOOD_TO_STRESS.get(mood);
        if (stress == null) {
            throw new RowProblem("mood", "unknown Daylio mood " + RowProblem.quoted(row.raw("mood"))
                    + " (known: rad, good, meh, bad, awful)");
        }
        day.stress.add(new StressCheckIn(time, stress, "Daylio mood: " + mood));
        for (String activity : row.raw("activities").split("\\|")) {
            String name = activity.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (isFood(name, draft)) {
                List<FoodItem> items = draft.tagger().tag(name).foodItems();
                day.meals.add(new Meal(time, draft.tagger().knowledge().kindOf(time, items), name, items));
            } else {
                day.habits.put(draft.habitFor(name, HabitKind.YES_NO).key(), 1.0);
            }
        }
        String title = row.has("note_title") ? row.raw("note_title") : "";
        String note = row.has("note") ? row.raw("note") : "";
        String text = (title + (title.isEmpty() || note.isEmpty() ? "" : "\n") + note).strip();
        if (!text.isEmpty()) {
            day.note = Checks.maxLength("note", "The day's note", day.note == null ? text : day.note + "\n" + text,
                    Limits.MAX_NOTE_CHARACTERS);
        }
        draft.count("daylio_entries");
    }

    /** An activity is read as food when the user says so, or when every word of it is a known food. */
    private static boolean isFood(String activity, ImportDraft draft) {
        String key = activity.toLowerCase(Locale.ROOT);
        if (draft.options().activitiesAsFood().stream().anyMatch(food -> food.equalsIgnoreCase(key))) {
            return true;
        }
        if (draft.options().activitiesAsHabit().stream().anyMatch(habit -> habit.equalsIgnoreCase(key))) {
            return false;
        }
        TaggedMeal tagged = draft.tagger().tag(activity);
        return !tagged.items().isEmpty() && tagged.unknown().isEmpty();
    }
}
