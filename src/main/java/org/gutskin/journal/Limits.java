package org.gutskin.journal;

import java.time.LocalDate;

/**
 * The largest and smallest values the journal takes, so that a typo, a hostile file or a broken
 * export is refused with a sentence instead of filling the disk, the memory or a century of days
 * (docs/reliability.md lists them).
 */
public final class Limits {
    /** The first day a journal can hold. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    /** The last day a journal can hold at all; imports and commands also refuse days over 10 years ahead. */
    public static final LocalDate LATEST_DAY = LocalDate.of(2199, 12, 31);
    /** How far ahead of today a day may be logged, imported or generated. */
    public static final int YEARS_AHEAD = 10;
    /** A day's note: a long diary entry fits many times over. */
    public static final int MAX_NOTE_CHARACTERS = 1024 * 1024;
    /** A meal's description, a check-in's note, the skin's areas and note. */
    public static final int MAX_TEXT_CHARACTERS = 10_000;
    /** A habit's value on a day (steps, glasses, units…). */
    public static final double MAX_HABIT_VALUE = 1_000_000;
    /** A day's alcohol: 100 UK units is a litre of pure alcohol, several times a lethal amount. */
    public static final double MAX_ALCOHOL_UNITS_A_DAY = 100;

    private Limits() {
    }

    /** The last day that may be logged when today is {@code today}. */
    public static LocalDate latestDay(LocalDate today) {
        LocalDate ahead = today.plusYears(YEARS_AHEAD);
        return ahead.isAfter(LATEST_DAY) ? LATEST_DAY : ahead;
    }
}
