package org.gutskin.ui.foods;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gutskin.food.Food;
import org.gutskin.food.FoodTag;
import org.gutskin.food.PlantPart;
import org.gutskin.journal.InvalidEntryException;

/**
 * Turns what was typed in the food editor into a {@link Food}, or says which field is wrong.
 * Plain Java so that it is tested without a toolkit.
 */
final class FoodForm {
    private FoodForm() {
    }

    static Food build(String name, String synonyms, String group, Integer nova, Set<FoodTag> tags,
                      boolean liveCultures, String alcoholUnits, String plants) {
        String cleanName = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (cleanName.isEmpty()) {
            throw new InvalidEntryException("food.name", "The food needs a name");
        }
        double units = 0;
        if (tags.contains(FoodTag.ALCOHOL)) {
            try {
                units = Double.parseDouble(alcoholUnits.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidEntryException("food.alcoholUnits",
                        "Alcohol units must be a number such as 2.1, got \"" + alcoholUnits.strip() + "\"");
            }
            if (units <= 0 || units > 50) {
                throw new InvalidEntryException("food.alcoholUnits",
                        "Alcohol units per serving must be more than 0 and at most 50, got " + alcoholUnits.strip());
            }
        }
        EnumSet<FoodTag> chosen = tags.isEmpty()
                ? EnumSet.noneOf(FoodTag.class) : EnumSet.copyOf(tags);
        Boolean live = chosen.contains(FoodTag.FERMENTED) ? liveCultures : null;
        return new Food(cleanName, split(synonyms), group == null || group.isBlank() ? "custom" : group.strip(), nova,
                chosen, live, units, parsePlants(plants), true);
    }

    /** Reads "garlic, basil:0.25" — or "basil (herb)" — into plant parts. */
    static List<PlantPart> parsePlants(String text) {
        List<PlantPart> parts = new ArrayList<>();
        for (String item : split(text)) {
            String plant = item.toLowerCase(Locale.ROOT);
            try {
                if (plant.endsWith("(herb)") || plant.endsWith("(spice)")) {
                    parts.add(new PlantPart(plant.substring(0, plant.lastIndexOf('(')).strip(), PlantPart.HERB_OR_SPICE));
                } else {
                    parts.add(PlantPart.parse(plant));
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidEntryException("food.plants", "Plants are names separated by commas, with"
                        + " \"(herb)\" after herbs and spices; \"" + item + "\" is not one");
            }
        }
        return parts;
    }

    static String formatPlants(List<PlantPart> plants) {
        return String.join(", ", plants.stream().map(part -> part.weight() == 1 ? part.plant()
                : part.plant() + " (herb)").toList());
    }

    private static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text != null) {
            for (String item : text.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
