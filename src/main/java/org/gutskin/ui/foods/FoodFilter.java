package org.gutskin.ui.foods;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gutskin.food.Food;
import org.gutskin.food.FoodTag;

/**
 * Which foods the library shows: a search over names and synonyms, a tag, a NOVA group, and
 * "only mine". Plain Java so that it is tested without a toolkit.
 *
 * @param tag  {@code null} for any tag
 * @param nova {@code null} for any group
 */
record FoodFilter(String search, FoodTag tag, Integer nova, boolean customOnly) {

    boolean accepts(Food food) {
        if (customOnly && !food.custom()) {
            return false;
        }
        if (tag != null && !food.has(tag)) {
            return false;
        }
        if (nova != null && !nova.equals(food.nova())) {
            return false;
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        return food.name().contains(needle)
                || food.synonyms().stream().anyMatch(synonym -> synonym.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** The matching foods, those whose name starts with the search first, then alphabetically. */
    List<Food> apply(Collection<Food> foods) {
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return foods.stream().filter(this::accepts)
                .sorted(Comparator.comparing((Food food) -> !food.name().startsWith(needle))
                        .thenComparing(Food::name))
                .toList();
    }
}
