package org.gutskin.journal;

import java.time.LocalTime;
import java.util.Locale;

/** What kind of eating occasion a meal was. */
public enum MealKind {
    BREAKFAST, LUNCH, DINNER, SNACK, DRINK;

    /** The stable lower-case name used in the database and in CSV files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MealKind fromKey(String key) {
        for (MealKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key.trim())) {
                return kind;
            }
        }
        throw new InvalidEntryException("meal.kind",
                "Meal kind must be breakfast, lunch, dinner, snack or drink, got \"" + key + "\"");
    }

    /** A sensible guess from the clock, so a new meal needs no extra click. */
    public static MealKind guessFrom(LocalTime time) {
        int hour = time.getHour();
        if (hour >= 5 && hour < 11) {
            return BREAKFAST;
        }
        if (hour >= 11 && hour < 15) {
            return LUNCH;
        }
        if (hour >= 17 && hour < 22) {
            return DINNER;
        }
        return SNACK;
    }
}
