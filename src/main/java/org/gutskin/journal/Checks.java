package org.gutskin.journal;

import java.time.LocalDate;
import java.util.Locale;
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

    /** A day the journal can hold: from 1900 to 2199 ({@link Limits}). */
    public static LocalDate day(String field, LocalDate date) {
        required(field, "Date", date);
        if (date.isBefore(Limits.EARLIEST_DAY) || date.isAfter(Limits.LATEST_DAY)) {
            throw new InvalidEntryException(field, "Date must be between " + Limits.EARLIEST_DAY + " and "
                    + Limits.LATEST_DAY + ", got " + date);
        }
        return date;
    }

    /** Text of at most {@code max} characters (null allowed: not given). */
    public static String maxLength(String field, String label, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidEntryException(field, label + " is longer than " + String.format(Locale.ROOT, "%,d", max)
                    + " characters (" + String.format(Locale.ROOT, "%,d", text.length()) + "); shorten it");
        }
        return text;
    }

    /** A number from 0 to {@code max}. */
    public static double between(String field, String label, double value, double max) {
        nonNegative(field, label, value);
        if (value > max) {
            throw new InvalidEntryException(field, label + " must be at most " + format(max) + ", got "
                    + format(value));
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

    /** A number as typed: 7, 2.5, and 1.0E308 rather than a long that cannot hold it. */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Objects.toString(value);
    }

    /**
     * Text as a message quotes it: at most 60 characters, control characters (a terminal's escape
     * codes, line breaks) shown as "?", so that a hostile value can neither flood nor steer the
     * screen it is reported on.
     */
    public static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
