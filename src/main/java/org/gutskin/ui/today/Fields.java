package org.gutskin.ui.today;

import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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

    /**
     * A 0–10 rating slider for the keyboard: the arrows step by 1 (the slider's block increment),
     * Page Up/Down by 2, and a digit key sets the value; {@code rated} is told of each.
     */
    static void ratingKeys(Slider slider, Runnable rated) {
        slider.setBlockIncrement(1);
        slider.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            double value = slider.getValue();
            if (digit(event) >= 0) {
                value = digit(event);
            } else if (event.getCode() == KeyCode.PAGE_UP) {
                value = Math.min(slider.getMax(), value + 2);
            } else if (event.getCode() == KeyCode.PAGE_DOWN) {
                value = Math.max(slider.getMin(), value - 2);
            } else {
                if (event.getCode().isArrowKey() || event.getCode() == KeyCode.HOME || event.getCode() == KeyCode.END) {
                    rated.run();
                }
                return;
            }
            slider.setValue(value);
            rated.run();
            event.consume();
        });
    }

    /** The digit a key press types (top row or keypad, no modifier), or -1. */
    private static int digit(KeyEvent event) {
        if (!event.getCode().isDigitKey() || event.isAltDown() || event.isShortcutDown()) {
            return -1;
        }
        String name = event.getCode().getName(); // "5", "Numpad 5"
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    /** Toggle buttons answer the digit of their value when one of them has the focus: "4" picks 4. */
    static void digitKeys(Node group, ToggleGroup toggles) {
        group.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int digit = digit(event);
            if (digit < 0) {
                return;
            }
            for (var toggle : toggles.getToggles()) {
                if (toggle.getUserData() instanceof Integer value && value == digit) {
                    toggles.selectToggle(toggle);
                    if (toggle instanceof Node node) {
                        node.requestFocus();
                    }
                    event.consume();
                }
            }
        });
    }
}
