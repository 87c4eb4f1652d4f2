package org.gutskin.store;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Clock times as stored: 24-hour {@code HH:mm}. */
final class Times {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private Times() {
    }

    static String format(LocalTime time) {
        return time.format(HOURS_MINUTES);
    }

    static LocalTime parse(String text) {
        return LocalTime.parse(text, HOURS_MINUTES);
    }
}
