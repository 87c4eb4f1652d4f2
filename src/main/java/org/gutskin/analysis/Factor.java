package org.gutskin.analysis;

import java.util.Locale;

/** The things the analysis puts next to skin severity. */
public enum Factor {
    PREBIOTIC(true, "prebiotic food"),
    FERMENTED(true, "fermented food with live cultures"),
    ULTRA_PROCESSED(true, "ultra-processed food"),
    PROCESSED(true, "processed food"),
    ADDED_SUGAR(true, "added sugar"),
    ALCOHOL(true, "alcohol"),
    PLANTS(false, "plant point"),
    PROBIOTIC(true, "a probiotic supplement"),
    SLEEP_HOURS(false, "hour of sleep"),
    SLEEP_REGULARITY(false, "hour of variation in your sleep midpoint"),
    STRESS(false, "point of stress");

    private final boolean binary;
    private final String words;

    Factor(boolean binary, String words) {
        this.binary = binary;
        this.words = words;
    }

    /** The name in JSON and CSV: {@code ultra_processed}, {@code sleep_hours}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Present or absent on a day (food tags, alcohol, probiotic), rather than an amount. */
    public boolean binary() {
        return binary;
    }

    /** How a sentence names it: "ultra-processed food", "hour of sleep". */
    public String words() {
        return words;
    }
}
