package org.gutskin.journal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The person's choices, kept in the journal so that they travel with it (backups, exports, a new
 * computer): the theme, the first day of the week, the unit alcohol is counted in, which skin
 * symptoms Today offers, and the daily reminders. Stored and exported as text, one value a key
 * (docs/csv-format.md lists them).
 */
public record Settings(boolean darkTheme, DayOfWeek firstDayOfWeek, AlcoholUnit alcoholUnit,
                       Set<Symptom> shownSymptoms, List<Reminder> reminders) {
    public static final String THEME = "theme";
    public static final String FIRST_DAY_OF_WEEK = "first_day_of_week";
    public static final String ALCOHOL_UNIT = "alcohol_unit";
    public static final String SYMPTOMS_SHOWN = "symptoms_shown";
    public static final String REMINDERS = "reminders";
    /** Every key, in the order they are listed and exported. */
    public static final List<String> KEYS = List.of(THEME, FIRST_DAY_OF_WEEK, ALCOHOL_UNIT, SYMPTOMS_SHOWN, REMINDERS);
    /** More nudges than this a day would be noise. */
    public static final int MAX_REMINDERS = 12;

    private static final Map<String, Boolean> THEMES = keyed(new Boolean[] {false, true},
            dark -> dark ? "dark" : "light");

    public static final Settings DEFAULTS = new Settings(false, DayOfWeek.MONDAY, AlcoholUnit.UK_UNITS,
            EnumSet.allOf(Symptom.class), List.of());

    public Settings {
        Checks.required("settings.firstDayOfWeek", "The first day of the week", firstDayOfWeek);
        Checks.required("settings.alcoholUnit", "The alcohol unit", alcoholUnit);
        shownSymptoms = Collections.unmodifiableSet(shownSymptoms.isEmpty() ? EnumSet.noneOf(Symptom.class)
                : EnumSet.copyOf(shownSymptoms));
        TreeSet<Reminder> sorted = new TreeSet<>(reminders);
        if (sorted.size() > MAX_REMINDERS) {
            throw new InvalidEntryException("settings.reminders", "At most " + MAX_REMINDERS
                    + " reminders a day, got " + sorted.size());
        }
        reminders = List.copyOf(sorted);
    }

    public Settings withDarkTheme(boolean dark) {
        return new Settings(dark, firstDayOfWeek, alcoholUnit, shownSymptoms, reminders);
    }

    public Settings withFirstDayOfWeek(DayOfWeek day) {
        return new Settings(darkTheme, day, alcoholUnit, shownSymptoms, reminders);
    }

    public Settings withAlcoholUnit(AlcoholUnit unit) {
        return new Settings(darkTheme, firstDayOfWeek, unit, shownSymptoms, reminders);
    }

    public Settings withShownSymptoms(Set<Symptom> symptoms) {
        return new Settings(darkTheme, firstDayOfWeek, alcoholUnit, symptoms, reminders);
    }

    public Settings withReminders(List<Reminder> list) {
        return new Settings(darkTheme, firstDayOfWeek, alcoholUnit, shownSymptoms, list);
    }

    /** Each setting as the text the journal stores and exports, in {@link #KEYS} order. */
    public Map<String, String> toValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(THEME, darkTheme ? "dark" : "light");
        values.put(FIRST_DAY_OF_WEEK, firstDayOfWeek.name().toLowerCase(Locale.ROOT));
        values.put(ALCOHOL_UNIT, alcoholUnit.key());
        values.put(SYMPTOMS_SHOWN, shownSymptoms.stream().map(Symptom::key).collect(Collectors.joining(" ")));
        values.put(REMINDERS, reminders.stream().map(reminder -> Times.formatClock(reminder.time()) + " "
                + reminder.topic().key()).collect(Collectors.joining(", ")));
        return values;
    }

    /** These settings with one of them changed from its text. */
    public Settings with(String key, String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (key.strip().toLowerCase(Locale.ROOT)) {
            case THEME -> withDarkTheme(oneOf(key, text, THEMES));
            case FIRST_DAY_OF_WEEK -> withFirstDayOfWeek(oneOf(key, text, keyed(DayOfWeek.values(),
                    day -> day.name().toLowerCase(Locale.ROOT))));
            case ALCOHOL_UNIT -> withAlcoholUnit(oneOf(key, text, keyed(AlcoholUnit.values(), AlcoholUnit::key)));
            case SYMPTOMS_SHOWN -> withShownSymptoms(symptoms(text));
            case REMINDERS -> withReminders(reminders(text));
            default -> throw new InvalidEntryException("settings", "unknown setting " + Checks.quoted(key)
                    + " (known: " + String.join(", ", KEYS) + ")");
        };
    }

    private static Set<Symptom> symptoms(String text) {
        Map<String, Symptom> known = keyed(Symptom.values(), Symptom::key);
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        for (String word : words(text, "[\\s,]+")) {
            symptoms.add(oneOf("symptom", word, known));
        }
        return symptoms;
    }

    private static List<Reminder> reminders(String text) {
        Map<String, ReminderTopic> topics = keyed(ReminderTopic.values(), ReminderTopic::key);
        List<Reminder> reminders = new ArrayList<>();
        for (String item : words(text, "\\s*,\\s*")) {
            int lastSpace = Math.max(item.lastIndexOf(' '), item.lastIndexOf('\t'));
            if (lastSpace < 0) {
                throw new InvalidEntryException("settings.reminders", "a reminder is a time and a topic, such as"
                        + " \"21:00 skin_and_sleep\", but was " + Checks.quoted(item));
            }
            LocalTime time = Times.clockField("settings.reminders", "A reminder's time", item.substring(0, lastSpace));
            reminders.add(new Reminder(time, oneOf("reminder topic", item.substring(lastSpace + 1), topics)));
        }
        return reminders;
    }

    /** The items of a list setting; "none" (as the command line prints an empty one) is no items. */
    private static List<String> words(String text, String separator) {
        return text.equals("none") ? List.of()
                : Arrays.stream(text.split(separator)).filter(item -> !item.isBlank()).toList();
    }

    private static <T> Map<String, T> keyed(T[] values, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T value : values) {
            byKey.put(key.apply(value), value);
        }
        return byKey;
    }

    /** The value {@code text} names; {@code what} says what it is ("theme", "symptom") when it names none. */
    private static <T> T oneOf(String what, String text, Map<String, T> known) {
        T value = known.get(text);
        if (value == null) {
            throw new InvalidEntryException("settings." + what.replace(' ', '_'), "unknown " + what.replace('_', ' ')
                    + " " + Checks.quoted(text) + " (use " + String.join(", ", known.keySet()) + ")");
        }
        return value;
    }
}
