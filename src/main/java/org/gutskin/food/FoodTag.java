package org.gutskin.food;

import java.util.Locale;
import org.gutskin.text.Messages;

/** The fixed tag vocabulary, in the order tags are always listed. */
public enum FoodTag {
    PREBIOTIC, FERMENTED, ULTRA_PROCESSED, PROCESSED, ADDED_SUGAR, ALCOHOL, PLANT, DAIRY, WHOLE_GRAIN, HIGH_GLYCEMIC;

    /** The name used in data files, JSON and CSV: {@code ultra_processed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name people read, in the window and the command line's text: "ultra-processed", "high GI". */
    public String label() {
        return Messages.text("tag." + key());
    }

    public static FoodTag fromKey(String key) {
        for (FoodTag tag : values()) {
            if (tag.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return tag;
            }
        }
        throw new IllegalArgumentException("unknown tag \"" + key + "\" (known: prebiotic, fermented, "
                + "ultra_processed, processed, added_sugar, alcohol, plant, dairy, whole_grain, high_glycemic)");
    }

    /** True for the tags that follow from other fields (NOVA group, plants) rather than being set by hand. */
    public boolean derived() {
        return this == ULTRA_PROCESSED || this == PROCESSED || this == PLANT;
    }
}
