package org.gutskin.analysis;

import java.util.Set;
import org.gutskin.journal.FoodItem;

/**
 * How many servings a recognised item stands for. Counted units (2 slices, 2 glasses) are that
 * many servings; weights and volumes (200 g, 2 tbsp) say nothing about servings, so they count one.
 */
public final class Servings {
    private static final Set<String> MEASURES = Set.of("g", "kg", "ml", "l", "cl", "oz", "lb", "tbsp", "tsp",
            "spoon", "pinch", "dash", "splash", "sprinkle", "drizzle", "knob", "dollop", "clove", "leaf");

    private Servings() {
    }

    public static double of(FoodItem item) {
        if (MEASURES.contains(item.unit())) {
            return 1;
        }
        return item.quantity();
    }
}
