package org.gutskin.ui.today;

import javafx.scene.Node;

/**
 * A part of Today that edits one side of the day (meals, sleep, stress, skin, habits, note): bound
 * to the day being edited, and to the view around it for what it cannot do alone.
 */
abstract class DayPart {
    /** The day being edited, which every part of Today binds to. */
    DayEditor editor;
    /** Today around the part: undo, the save line, saving now, the window. */
    TodayHost host;

    /** Binds the part to the day being edited; called once, when Today is built. */
    final void attach(DayEditor dayEditor, TodayHost todayHost) {
        this.editor = dayEditor;
        this.host = todayHost;
        bind();
    }

    /** Binds the part's controls to {@link #editor}. */
    abstract void bind();

    /** The editor holds a day, loaded or back after a failed save: rebuild what depends on it. */
    void dayShown() {
    }

    /** Another day is shown: drafts not yet added (a meal being typed) start afresh. */
    void clearDrafts() {
    }

    /** Where the keyboard lands when the person moves on to this part (Ctrl+Enter). */
    abstract Node firstField();
}
