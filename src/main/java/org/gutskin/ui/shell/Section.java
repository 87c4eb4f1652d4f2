package org.gutskin.ui.shell;

import java.util.Locale;

/** The sections of the main window, in navigation order; each has its keys in the resource bundle. */
public enum Section {
    TODAY, HISTORY, TRENDS, INSIGHTS, FOODS, EXCHANGE, SETTINGS;

    /** The bundle key prefix, e.g. {@code section.today}. */
    public String key() {
        return "section." + name().toLowerCase(Locale.ROOT);
    }
}
