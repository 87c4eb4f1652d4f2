package org.gutskin.ui.today;

/** A part of Today that edits one side of the day (meals, sleep, stress, skin, habits, note). */
interface DayPart {
    /** Binds the part to the day being edited; called once, when Today is built. */
    void attach(DayEditor editor, TodayHost host);

    /** A day was loaded into the editor: drop drafts, rebuild what depends on the day. */
    default void dayShown() {
    }
}
