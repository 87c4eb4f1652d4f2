package org.gutskin.journal;

import java.util.Locale;

/**
 * How alcohol is counted on screen. The journal always stores UK units (8 g of ethanol each); a
 * US standard drink is 14 g (NIAAA), and some people count grams.
 */
public enum AlcoholUnit {
    UK_UNITS(8), US_DRINKS(14), GRAMS(1);

    private static final double GRAMS_PER_UK_UNIT = 8;

    private final double gramsEach;

    AlcoholUnit(double gramsEach) {
        this.gramsEach = gramsEach;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A stored amount of UK units in this unit. */
    public double fromUkUnits(double ukUnits) {
        return ukUnits * GRAMS_PER_UK_UNIT / gramsEach;
    }

    /** An amount in this unit as the UK units the journal stores. */
    public double toUkUnits(double amount) {
        return amount * gramsEach / GRAMS_PER_UK_UNIT;
    }
}
