package org.gutskin.journal;

import java.util.Locale;

/** How a habit is recorded: a yes/no (stored as 1/0) or a number such as units or cups. */
public enum HabitKind {
    YES_NO, NUMBER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HabitKind fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
