package org.gutskin.ui.today;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.text.Messages;

/** "What is *glorp*?" — lets the user say which food an unknown word means. */
final class TeachFoodDialog {
    private TeachFoodDialog() {
    }

    static Optional<String> ask(Window owner, String word, FoodKnowledge knowledge, ResourceBundle bundle) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("teach.title"));
        dialog.setHeaderText(Messages.format(bundle, "teach.header", word));
        List<String> names = knowledge.foods().stream().map(Food::name).sorted().toList();
        ComboBox<String> food = new ComboBox<>();
        food.setId("teach-food");
        food.setEditable(true);
        food.getItems().setAll(names);
        food.setMaxWidth(Double.MAX_VALUE);
        TextFields.bindAutoCompletion(food.getEditor(), names);
        Label hint = new Label(bundle.getString("teach.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        dialog.getDialogPane().setContent(new VBox(8, food, hint));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                food.getEditor().textProperty().map(text -> knowledge.food(text.strip()) == null));
        dialog.setResultConverter(button -> button == ButtonType.OK ? food.getEditor().getText().strip() : null);
        return dialog.showAndWait();
    }
}
