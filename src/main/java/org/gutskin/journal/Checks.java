package org.gutskin.journal;

import java.util.Objects;

/** The validation rules shared by the journal records; every failure names the field and the value. */
public final class Checks {
    private Checks() {
    }

    public static int range(String field, String label, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidEntryException(field,
                    label + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public static double nonNegative(String field, String label, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new InvalidEntryException(field, label + " must be a number of 0 or more, got " + format(value));
        }
        return value;
    }

    public static <T> T required(String field, String label, T value) {
        if (value == null) {
            throw new InvalidEntryException(field, label + " is required");
        }
        return value;
    }

    /** Names and units hold no control characters (tabs, line breaks, separators). */
    public static String printable(String field, String label, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidEntryException(field, label + " must not contain control characters such as tabs or"
                        + " line breaks, got \"" + value.replaceAll("\\p{Cntrl}", "?") + "\"");
            }
        }
        return value;
    }

    static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? Long.toString((long) value) : Objects.toString(value);
    }
}
