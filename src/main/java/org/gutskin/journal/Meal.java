package org.gutskin.journal;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A meal or drink as the user typed it, with the foods recognised in it.
 *
 * @param description the user's own words, kept exactly as typed
 * @param items       foods recognised in the description (empty until tagged)
 */
public record Meal(LocalTime time, MealKind kind, String description, List<FoodItem> items) {
    public Meal {
        Checks.required("meal.time", "Meal time", time);
        time = time.truncatedTo(ChronoUnit.MINUTES);
        Checks.required("meal.kind", "Meal kind", kind);
        Checks.required("meal.description", "Meal description", description);
        Checks.maxLength("meal.description", "Meal description", description, Limits.MAX_TEXT_CHARACTERS);
        if (description.isBlank()) {
            throw new InvalidEntryException("meal.description", "Meal description is empty: say what you ate or drank");
        }
        items = List.copyOf(items);
    }

    public Meal withItems(List<FoodItem> recognised) {
        return new Meal(time, kind, description, recognised);
    }
}
