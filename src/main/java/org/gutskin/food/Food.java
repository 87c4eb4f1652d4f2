package org.gutskin.food;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A food, drink or dish the app recognises.
 *
 * @param name          canonical name, unique, lower case
 * @param synonyms      other ways people write it (plurals, regional names, brands)
 * @param group         fruit, vegetable, dish, drink, … (for browsing)
 * @param nova          NOVA processing group 1–4, or {@code null} when not known (custom foods)
 * @param tags          hand-set tags plus the derived ones: processed exactly when NOVA 3,
 *                      ultra_processed exactly when NOVA 4, plant exactly when it has plants
 * @param liveCultures  for fermented foods: whether live cultures survive to the plate; {@code null} otherwise
 * @param alcoholUnits  UK units (10 ml of pure alcohol) in one typical serving; 0 for non-alcoholic
 * @param plants        the plants it counts toward weekly diversity
 * @param custom        added or changed by the user rather than shipped
 */
public record Food(String name, List<String> synonyms, String group, Integer nova, Set<FoodTag> tags,
                   Boolean liveCultures, double alcoholUnits, List<PlantPart> plants, boolean custom) {
    public Food {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a food needs a name");
        }
        if (nova != null && (nova < 1 || nova > 4)) {
            throw new IllegalArgumentException(name + ": NOVA group must be 1 to 4, got " + nova);
        }
        synonyms = List.copyOf(synonyms);
        plants = List.copyOf(plants);
        EnumSet<FoodTag> all = tags.isEmpty() ? EnumSet.noneOf(FoodTag.class) : EnumSet.copyOf(tags);
        all.remove(FoodTag.PROCESSED);
        all.remove(FoodTag.ULTRA_PROCESSED);
        all.remove(FoodTag.PLANT);
        if (nova != null && nova == 3) {
            all.add(FoodTag.PROCESSED);
        }
        if (nova != null && nova == 4) {
            all.add(FoodTag.ULTRA_PROCESSED);
        }
        if (!plants.isEmpty()) {
            all.add(FoodTag.PLANT);
        }
        tags = Collections.unmodifiableSet(all);
        if (!all.contains(FoodTag.FERMENTED)) {
            liveCultures = null;
        } else if (liveCultures == null) {
            throw new IllegalArgumentException(name + ": a fermented food must say whether live cultures survive");
        }
        if (alcoholUnits < 0 || Double.isNaN(alcoholUnits)) {
            throw new IllegalArgumentException(name + ": alcohol units must be 0 or more");
        }
        if (alcoholUnits > 0 && !all.contains(FoodTag.ALCOHOL)) {
            throw new IllegalArgumentException(name + ": alcohol units given but the alcohol tag is missing");
        }
    }

    public boolean has(FoodTag tag) {
        return tags.contains(tag);
    }

    /** Fermented and still carrying live cultures when eaten: what counts as a "fermented" serving. */
    public boolean hasLiveCultures() {
        return Boolean.TRUE.equals(liveCultures);
    }

    /** The tags in vocabulary order. */
    public List<FoodTag> orderedTags() {
        return List.copyOf(tags);
    }

    public Food withCustom(boolean isCustom) {
        return new Food(name, synonyms, group, nova, tags, liveCultures, alcoholUnits, plants, isCustom);
    }
}
