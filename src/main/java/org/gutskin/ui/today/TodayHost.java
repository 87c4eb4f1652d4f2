package org.gutskin.ui.today;

import javafx.stage.Window;

/** What a part of Today (meals, stress, habits…) can ask of the view around it. */
interface TodayHost {
    /** Shows "Meal deleted — Undo" for a few seconds. */
    void offerUndo(String message, Runnable undo);

    /** Puts a short message on the save-state line. */
    void say(String message);

    /** Saves the day now; false when a field is wrong (its problem is shown). */
    boolean saveNow();

    /** Reads the day on screen from the journal again, after a change made around it. */
    void reloadDay();

    /** The window, for dialogs; null before the view is shown. */
    Window window();
}
