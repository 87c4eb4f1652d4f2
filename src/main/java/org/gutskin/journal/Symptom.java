package org.gutskin.journal;

import java.util.Locale;

/** The skin symptoms a person can rate, each 0 (none) to 3 (severe). */
public enum Symptom {
    ACNE("Acne / breakouts"),
    REDNESS("Redness / rosacea"),
    DRYNESS("Dryness"),
    ITCH("Itch"),
    ECZEMA("Eczema"),
    PSORIASIS("Psoriasis"),
    RASH("Rash"),
    OILINESS("Oiliness"),
    DULLNESS("Dullness");

    public static final int MAX = 3;

    private final String label;

    Symptom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stable lower-case name used in the database and in CSV headers. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
