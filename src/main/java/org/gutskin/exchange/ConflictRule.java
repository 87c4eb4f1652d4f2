package org.gutskin.exchange;

import java.util.Locale;

/** What an import does with a day that already has entries in the journal. */
public enum ConflictRule {
    /** Leave the journal's day as it is; the imported day is not used. */
    SKIP,
    /** The imported day replaces the journal's day entirely. */
    REPLACE,
    /** Keep the journal's day and add to it: new meals and check-ins, and sleep, skin, note and habits it lacks. */
    MERGE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
