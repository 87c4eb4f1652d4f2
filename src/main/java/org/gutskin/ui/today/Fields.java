package org.gutskin.ui.today;

import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.Validator;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Times;

/** What Today's parts share about their fields: wrong values shown, choices selected, row buttons. */
final class Fields {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Fields() {
    }

    /** Marks a clock-time field red while it holds something that is not a time. */
    static Validator<String> timeValidator(String label) {
        return (control, text) -> {
            try {
                if (text != null && !text.isBlank()) {
                    Times.clockField("time", label, text);
                }
                return new ValidationResult();
            } catch (InvalidEntryException e) {
                return ValidationResult.fromError(control, e.getMessage());
            }
        };
    }

    /** Shows under a part the first problem the editor found in its fields (those under {@code prefix}). */
    static void showProblems(DayEditor editor, String prefix, Label label) {
        Runnable show = () -> setMessage(label, editor.problems.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .findFirst().orElse(""));
        editor.problems.addListener((MapChangeListener<String, String>) change -> show.run());
        show.run();
    }

    /** Keeps a field marked invalid while the editor has a problem filed under {@code field}. */
    static void markInvalid(DayEditor editor, Control control, String field) {
        Runnable mark = () -> control.pseudoClassStateChanged(INVALID, editor.problems.containsKey(field));
        editor.problems.addListener((MapChangeListener<String, String>) change -> mark.run());
        mark.run();
    }

    /** A message below a part's fields; hidden when empty. */
    static void setMessage(Label label, String message) {
        label.setText(message);
        label.setVisible(!message.isEmpty());
        label.setManaged(!message.isEmpty());
    }

    /** Selects the toggle whose user data is {@code value}, or none. */
    static void select(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(toggle -> value.equals(toggle.getUserData())).findFirst()
                .ifPresentOrElse(toggle -> toggle.setSelected(true), () -> group.selectToggle(null));
    }

    /** The small flat buttons at the end of a meal or check-in row. */
    static Button rowButton(String symbol, String tip) {
        Button button = new Button(symbol);
        button.getStyleClass().addAll("flat", "small", "row-button");
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        return button;
    }
}
