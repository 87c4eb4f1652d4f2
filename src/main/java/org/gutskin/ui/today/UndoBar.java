package org.gutskin.ui.today;

import javafx.animation.PauseTransition;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** "Meal deleted — Undo" at the bottom of Today, for a few seconds after a delete. */
final class UndoBar {
    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final HBox bar;
    private final Label text;
    private final PauseTransition timeout = new PauseTransition(SHOWN_FOR);
    private Runnable undo;

    UndoBar(HBox bar, Label text, Button button) {
        this.bar = bar;
        this.text = text;
        timeout.setOnFinished(event -> hide());
        button.setOnAction(event -> {
            if (undo != null) {
                undo.run();
            }
            hide();
        });
    }

    void offer(String message, Runnable undoIt) {
        undo = undoIt;
        text.setText(message);
        bar.setVisible(true);
        timeout.playFromStart();
    }

    private void hide() {
        undo = null;
        bar.setVisible(false);
        timeout.stop();
    }
}
