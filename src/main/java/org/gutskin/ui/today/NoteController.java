package org.gutskin.ui.today;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TextArea;

/** The day's note. */
public final class NoteController extends DayPart {
    @FXML
    private TextArea note;

    @Override
    void bind() {
        note.textProperty().bindBidirectional(editor.note);
    }

    @Override
    Node firstField() {
        return note;
    }
}
