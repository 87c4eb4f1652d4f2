package org.gutskin.journal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How the journal reads and writes dates and clock times — the one parser the window, the
 * importers and the store share. Clock times are read the way people type them ("7", "730",
 * "7:30", "07.30", "19h05", "7pm", "7:30 am", "9:30 PM") and written as 24-hour {@code HH:mm};
 * dates are ISO {@code YYYY-MM-DD}.
 */
public final class Times {
    private Times() {
    }

    /** The clock time {@code text} means, or null when it is not one. Linear in the text's length. */
    public static LocalTime parseClock(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                clean.append(Character.toLowerCase(c));
            }
        }
        int end = clean.length();
        boolean pm = false;
        boolean twelveHour = false;
        if (end > 0 && clean.charAt(end - 1) == 'm') {
            end--;
        }
        if (end > 0 && (clean.charAt(end - 1) == 'a' || clean.charAt(end - 1) == 'p')) {
            twelveHour = true;
            pm = clean.charAt(end - 1) == 'p';
            end--;
        } else if (end < clean.length()) {
            return null; // an "m" without "a" or "p"
        }
        int separator = -1;
        for (int i = 0; i < end; i++) {
            char c = clean.charAt(i);
            if (c == ':' || c == '.' || c == 'h') {
                if (separator >= 0) {
                    return null;
                }
                separator = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        int hour;
        int minute;
        if (separator >= 0) {
            if (separator < 1 || separator > 2 || end - separator - 1 != 2) {
                return null;
            }
            hour = Integer.parseInt(clean, 0, separator, 10);
            minute = Integer.parseInt(clean, separator + 1, end, 10);
        } else if (end >= 1 && end <= 2) {
            hour = Integer.parseInt(clean, 0, end, 10);
            minute = 0;
        } else if (end >= 3 && end <= 4) {
            hour = Integer.parseInt(clean, 0, end - 2, 10);
            minute = Integer.parseInt(clean, end - 2, end, 10);
        } else {
            return null;
        }
        if (twelveHour) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    /**
     * A clock time as the journal and its files write it — {@code HH:mm}, 24 hours, the hour also
     * as one digit — or null. Stricter than {@link #parseClock}: in a file of ours, "7" or "1230"
     * is a shifted column, not a time.
     */
    public static LocalTime parseWrittenClock(String text) {
        if (text == null || text.length() < 4 || text.length() > 5 || text.charAt(text.length() - 3) != ':') {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (i != text.length() - 3 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return null;
            }
        }
        return parseClock(text);
    }

    /**
     * The clock time typed into a field; a wrong one is reported against the field, e.g.
     * "Bed time must be a time such as 07:30 or 7:30 pm, got "25:00"".
     */
    public static LocalTime clockField(String field, String label, String text) {
        LocalTime time = parseClock(text);
        if (time == null) {
            throw new InvalidEntryException(field, label + " must be a time such as 07:30 or 7:30 pm, got "
                    + Checks.quoted(text == null ? "" : text.strip()));
        }
        return time;
    }

    /** A clock time as the journal writes it: {@code HH:mm}, 24 hours. */
    public static String formatClock(LocalTime time) {
        int hour = time.getHour();
        int minute = time.getMinute();
        return new String(new char[] {(char) ('0' + hour / 10), (char) ('0' + hour % 10), ':',
                (char) ('0' + minute / 10), (char) ('0' + minute % 10)});
    }

    /** The date {@code text} holds as {@code YYYY-MM-DD}, or null when it holds none. */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
