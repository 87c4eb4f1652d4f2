package org.gutskin.ui.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;

/**
 * Completes the food being typed at the end of a meal description: typing "greek yogurt with ba"
 * offers "banana", "barley", … and choosing one replaces just "ba".
 */
final class MealCompletion extends AutoCompletionBinding<String> {
    private static final int MAX_SUGGESTIONS = 8;

    private final TextField field;
    private final ChangeListener<String> textListener;
    /** Whether the person moved through the suggestions since they appeared: Enter then takes one. */
    private boolean navigated;

    /**
     * Completes in {@code field}; an Enter while the suggestions show, without a move through them,
     * is {@code onEnter} (adding the meal) rather than taking the first suggestion: one Enter adds.
     */
    MealCompletion(TextField field, Supplier<FoodKnowledge> knowledge, Runnable onEnter) {
        super(field, request -> suggestions(knowledge.get(), request.getUserText()), new StringConverter<>() {
            @Override
            public String toString(String food) {
                return food;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        this.field = field;
        this.textListener = (observable, was, now) -> {
            if (field.isFocused()) {
                setUserInput(now);
            }
        };
        field.textProperty().addListener(textListener);
        getAutoCompletionPopup().setOnShown(event -> navigated = false);
        getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case UP, DOWN, PAGE_UP, PAGE_DOWN -> navigated = true;
                case ENTER -> {
                    if (!navigated) {
                        hidePopup();
                        onEnter.run();
                        event.consume();
                    }
                }
                default -> {
                }
            }
        });
    }

    /** The part of the text being typed now: after the last separator. */
    static String lastFragment(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int cut = 0;
        for (String separator : List.of(",", ";", "+", "&", " and ", " with ", " w/ ", " on ")) {
            int at = lower.lastIndexOf(separator);
            if (at >= 0) {
                cut = Math.max(cut, at + separator.length());
            }
        }
        String fragment = text.substring(cut).stripLeading();
        // drop a leading amount: "2 slices of sou" completes "sou"
        return fragment.replaceFirst("^(?i)(\\d+(?:[.,/]\\d+)?\\s*\\w{0,6}\\s+(of\\s+)?|an?\\s+|some\\s+)", "");
    }

    static List<String> suggestions(FoodKnowledge knowledge, String text) {
        String fragment = lastFragment(text).toLowerCase(Locale.ROOT).strip();
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        if (fragment.length() < 2) {
            return starts;
        }
        for (Food food : knowledge.foods()) {
            if (food.name().startsWith(fragment)) {
                starts.add(food.name());
            } else if (food.name().contains(" " + fragment)) {
                contains.add(food.name());
            }
        }
        starts.sort(null);
        contains.sort(null);
        starts.addAll(contains);
        if (starts.size() == 1 && starts.get(0).equals(fragment)) {
            return List.of();
        }
        return starts.size() > MAX_SUGGESTIONS ? starts.subList(0, MAX_SUGGESTIONS) : starts;
    }

    @Override
    protected void completeUserInput(String food) {
        String text = field.getText();
        String fragment = lastFragment(text);
        String completed = text.substring(0, text.length() - fragment.length()) + food;
        field.setText(completed);
        field.positionCaret(completed.length());
    }

    @Override
    public void dispose() {
        field.textProperty().removeListener(textListener);
    }

}
