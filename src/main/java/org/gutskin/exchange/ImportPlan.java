package org.gutskin.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import org.gutskin.food.Food;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;

/**
 * Everything read from the files of one import, before anything is written: the days, new
 * habits, the user's foods and phrases, settings, days marked as not remembered, what was read from where, and the problems found.
 *
 * @param rows          rows read, by kind ("meals", "nights_of_sleep", "daylio_entries", …)
 * @param problems      the first {@link JournalImporter#MAX_PROBLEMS} problems
 * @param problemCount  all problems, shown or not
 * @param validDays     the days built from valid rows only (used when the user imports only those)
 */
public record ImportPlan(NavigableMap<LocalDate, DayEntry> days, List<Habit> habits, List<Food> userFoods,
                         Map<String, String> phrases, Map<String, String> settings,
                         NavigableSet<LocalDate> skippedDays, Map<String, Integer> rows, List<String> sources,
                         List<ImportProblem> problems, int problemCount) {
    public boolean hasProblems() {
        return problemCount > 0;
    }

    /** Nothing could be read: no day, habit, food, phrase or setting (a missing file, an unknown one). */
    public boolean isEmpty() {
        return days.isEmpty() && habits.isEmpty() && userFoods.isEmpty() && phrases.isEmpty() && settings.isEmpty()
                && skippedDays.isEmpty();
    }
}
