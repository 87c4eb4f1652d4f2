package org.gutskin.ui.today;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gutskin.journal.InvalidEntryException;

/** Reads clock times the way people type them: "7", "730", "7:30", "07.30", "19:05", "7pm", "7:30 am". */
final class ClockTimes {
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:[:.h]?(\\d{2}))?\\s*(am|pm|a|p)?");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private ClockTimes() {
    }

    static LocalTime parse(String field, String label, String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher matcher = TIME.matcher(clean);
        if (clean.isEmpty() || !matcher.matches()) {
            throw invalid(field, label, text);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        String half = matcher.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw invalid(field, label, text);
            }
            hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw invalid(field, label, text);
        }
        return LocalTime.of(hour, minute);
    }

    static String format(LocalTime time) {
        return time.format(SHOWN);
    }

    private static InvalidEntryException invalid(String field, String label, String text) {
        return new InvalidEntryException(field, label + " must be a time such as 07:30 or 7:30 pm, got \""
                + (text == null ? "" : text.strip()) + "\"");
    }
}
