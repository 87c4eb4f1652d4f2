package org.gutskin.ui.today;

import javafx.fxml.FXML;
import javafx.scene.control.TextArea;

/** The day's note. */
public final class NoteController implements DayPart {
    @FXML
    private TextArea note;

    @Override
    public void attach(DayEditor editor, TodayHost host) {
        note.textProperty().bindBidirectional(editor.note);
    }
}
