package org.gutskin.journal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A habit the journal tracks day by day: the built-in ones and those the user defines.
 *
 * @param key      stable identifier used in the database and CSV ({@code probiotic}, {@code evening_walk})
 * @param name     what the user sees
 * @param archived hidden from daily entry but kept with its history
 */
public record Habit(String key, String name, HabitKind kind, boolean builtIn, boolean archived) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9_]{1,40}");

    public static final String PROBIOTIC = "probiotic";
    public static final String ANTIBIOTIC = "antibiotic";
    public static final String ALCOHOL_UNITS = "alcohol_units";

    /** The habits every journal has; their keys are fixed because the analysis reads them. */
    public static final List<Habit> BUILT_IN = List.of(
            new Habit(PROBIOTIC, "Probiotic supplement", HabitKind.YES_NO, true, false),
            new Habit(ANTIBIOTIC, "Antibiotic course", HabitKind.YES_NO, true, false),
            new Habit(ALCOHOL_UNITS, "Alcohol units", HabitKind.NUMBER, true, false));

    public Habit {
        Checks.required("habit.key", "Habit key", key);
        if (!KEY.matcher(key).matches()) {
            throw new InvalidEntryException("habit.key",
                    "Habit key must be 1–40 lower-case letters, digits or underscores, got \"" + key + "\"");
        }
        Checks.required("habit.name", "Habit name", name);
        if (name.isBlank()) {
            throw new InvalidEntryException("habit.name", "Habit name is empty");
        }
        Checks.required("habit.kind", "Habit kind", kind);
    }

    /** Derives a key from a name the user typed: "Evening walk!" becomes {@code evening_walk}. */
    public static String keyFor(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (key.isEmpty()) {
            key = "habit";
        }
        return key.length() > 40 ? key.substring(0, 40) : key;
    }

    /** Checks a day's value for this habit: 0 or 1 for yes/no, 0 up to a limit for a number ({@link Limits}). */
    public double validate(double value) {
        if (kind == HabitKind.YES_NO && value != 0 && value != 1) {
            throw new InvalidEntryException("habit." + key,
                    name + " is yes/no and must be 1 (yes) or 0 (no), got " + Checks.format(value));
        }
        return Checks.between("habit." + key, name, value,
                key.equals(ALCOHOL_UNITS) ? Limits.MAX_ALCOHOL_UNITS_A_DAY : Limits.MAX_HABIT_VALUE);
    }
}
