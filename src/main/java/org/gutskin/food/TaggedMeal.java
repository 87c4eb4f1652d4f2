package org.gutskin.food;

import java.util.List;
import org.gutskin.journal.FoodItem;

/**
 * What the tagger made of a meal description: the foods it recognised, and the words it did not
 * know, which are shown to the user rather than guessed at.
 */
public record TaggedMeal(List<TaggedItem> items, List<String> unknown) {
    public TaggedMeal {
        items = List.copyOf(items);
        unknown = List.copyOf(unknown);
    }

    public List<FoodItem> foodItems() {
        return items.stream().map(TaggedItem::toFoodItem).toList();
    }
}
