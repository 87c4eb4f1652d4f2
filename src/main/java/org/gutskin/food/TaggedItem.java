package org.gutskin.food;

import org.gutskin.journal.FoodItem;

/**
 * A food recognised in a meal description.
 *
 * @param text     the user's words it was read from, including the quantity ("2 glasses of red wine")
 * @param quantity how many {@code unit}s; 1 when nothing was said
 * @param unit     "serving" when nothing was said, else the unit in the singular ("glass", "g", "slice")
 */
public record TaggedItem(String text, Food food, double quantity, String unit) {
    public FoodItem toFoodItem() {
        return new FoodItem(text, food.name(), quantity, unit);
    }
}
