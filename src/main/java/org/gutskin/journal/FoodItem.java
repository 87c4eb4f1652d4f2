package org.gutskin.journal;

import java.util.Objects;

/**
 * One food recognised in a meal description.
 *
 * @param text     the words of the description it was read from
 * @param food     the canonical food name in the knowledge base
 * @param quantity how much, in {@code unit}s (1 serving when nothing was said)
 * @param unit     "serving", "g", "slice", "glass", …
 */
public record FoodItem(String text, String food, double quantity, String unit) {
    public FoodItem {
        Objects.requireNonNull(text, "text");
        Checks.required("meal.items", "Food name", food);
        Checks.nonNegative("meal.items", "Quantity of " + food, quantity);
        Checks.required("meal.items", "Unit of " + food, unit);
        Checks.printable("meal.items", "Food name", food);
        Checks.printable("meal.items", "Unit", unit);
    }
}
