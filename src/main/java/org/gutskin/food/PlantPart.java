package org.gutskin.food;

/**
 * A plant a food counts toward weekly plant diversity.
 *
 * @param weight 1 for fruit, vegetables, legumes, whole grains, nuts and seeds; 0.25 for herbs and spices
 */
public record PlantPart(String plant, double weight) {
    public static final double HERB_OR_SPICE = 0.25;

    public PlantPart {
        if (plant == null || plant.isBlank()) {
            throw new IllegalArgumentException("a plant needs a name");
        }
        if (weight != 1 && weight != HERB_OR_SPICE) {
            throw new IllegalArgumentException("plant weight must be 1 or 0.25, got " + weight);
        }
    }

    /** Reads {@code garlic} or {@code basil:0.25}. */
    public static PlantPart parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new PlantPart(text.trim(), 1);
        }
        return new PlantPart(text.substring(0, colon).trim(), Double.parseDouble(text.substring(colon + 1).trim()));
    }

    public String format() {
        return weight == 1 ? plant : plant + ":" + weight;
    }
}
