package org.gutskin.exchange;

import java.util.Locale;

/** What an export writes. */
public enum ExportFormat {
    /** The interchange format: a folder (or .zip) of CSV files that imports back losslessly. */
    JOURNAL,
    /** One row per day with every daily feature: the report for a clinician or a spreadsheet. */
    DAILY,
    /** One row per food item eaten. */
    FOODS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
