package org.gutskin.analysis;

import java.util.Locale;

/**
 * How a count of different plants reads. Herbs and spices count a quarter plant, so counts come
 * in quarters; people read them to the nearest half ("18", "17½"), and the exact count with its
 * quarters is for a tooltip ("17.75").
 */
public final class PlantCount {
    private PlantCount() {
    }

    /** The count to the nearest half, halves as "½": 17.75 reads "18", 3.5 reads "3½", 0.25 reads "½". */
    public static String shown(double plants) {
        double halves = Math.floor(plants * 2 + 0.5) / 2;
        long whole = (long) Math.floor(halves);
        boolean half = halves != whole;
        return whole == 0 && half ? "½" : whole + (half ? "½" : "");
    }

    /** The count as it is, quarters and all: "17.75", "3.5", "18". */
    public static String exact(double plants) {
        return plants == Math.rint(plants) ? Long.toString((long) plants)
                : String.format(Locale.ROOT, "%.2f", plants).replaceAll("0$", "");
    }

    /** Whether {@link #shown} leaves out a quarter that {@link #exact} keeps. */
    public static boolean rounded(double plants) {
        return plants * 2 != Math.rint(plants * 2);
    }
}
