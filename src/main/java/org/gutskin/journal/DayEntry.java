package org.gutskin.journal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything logged for one day. What was not logged is absent (an empty Optional, no map key),
 * never a zero: "no skin check" and "skin 0" mean different things.
 *
 * @param habits habit key → value (1/0 for yes/no habits)
 */
public record DayEntry(LocalDate date, List<Meal> meals, Optional<Sleep> sleep, List<StressCheckIn> stress,
                       Optional<SkinCheck> skin, Map<String, Double> habits, Optional<String> note) {
    public DayEntry {
        Checks.day("date", date);
        meals = List.copyOf(meals);
        stress = List.copyOf(stress);
        Checks.required("sleep", "Sleep", sleep);
        Checks.required("skin", "Skin", skin);
        habits = Collections.unmodifiableMap(new TreeMap<>(habits));
        habits.forEach((key, value) -> Checks.required("habit." + key, key, value));
        Checks.required("note", "Note", note);
        note.ifPresent(text -> Checks.maxLength("note", "The day's note", text, Limits.MAX_NOTE_CHARACTERS));
    }

    public static DayEntry empty(LocalDate date) {
        return new DayEntry(date, List.of(), Optional.empty(), List.of(), Optional.empty(), Map.of(),
                Optional.empty());
    }

    /** True when nothing at all was logged for the day. */
    public boolean isEmpty() {
        return meals.isEmpty() && sleep.isEmpty() && stress.isEmpty() && skin.isEmpty() && habits.isEmpty()
                && note.isEmpty();
    }
}
